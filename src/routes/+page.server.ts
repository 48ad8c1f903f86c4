import { course, lessonHref, moduleHref, progressItems } from '$lib/content/index.server';
import { reviewOutline } from '$lib/record/outline.server';

// The course map: only what the home page shows or needs to compute progress.
export const load = () => ({
	review: reviewOutline(),
	parties: course.parties.map((partie) => ({
		numero: partie.numero,
		titre: partie.titre,
		modules: partie.modules.map((module) => ({
			order: module.order,
			titre: module.titre,
			resume: module.resume,
			href: moduleHref(module),
			progressItems: progressItems(module),
			lessons: module.lessons.map((lesson) => ({
				id: lesson.id,
				titre: lesson.titre,
				href: lessonHref(lesson),
				revise: lesson.revise,
				...(lesson.changement ? { changement: lesson.changement } : {})
			}))
		}))
	}))
});
