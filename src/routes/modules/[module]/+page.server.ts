import { error } from '@sveltejs/kit';
import { course, findModule, lessonHref, progressItems } from '$lib/content/index.server';

export const entries = () =>
	course.modules
		.filter((module) => module.lessons.length > 0)
		.map((module) => ({ module: module.slug }));

export const load = ({ params }) => {
	const module = findModule(params.module);
	// Modules still "en préparation" have no page: the course map shows them without a link.
	if (!module || module.lessons.length === 0) error(404, 'Module introuvable');
	return {
		module: {
			slug: module.slug,
			order: module.order,
			titre: module.titre,
			resume: module.resume,
			objectifs: module.objectifs,
			partie: course.parties[module.partie - 1].titre
		},
		progressItems: progressItems(module),
		scenarios: module.scenarios.map((id) => ({
			id,
			titre: course.scenarios[id].titre,
			resume: course.scenarios[id].resume,
			href: `/scenarios/${id}/`
		})),
		lessons: module.lessons.map((lesson) => ({
			id: lesson.id,
			titre: lesson.titre,
			resume: lesson.resume,
			duree: lesson.duree,
			href: lessonHref(lesson)
		}))
	};
};
