import { course, lessonHref } from '$lib/content/index.server';

// Titles and links of the lessons, so a note is listed under its lesson's name.
export const load = () => ({
	lessons: Object.fromEntries(
		course.modules.flatMap((module) =>
			module.lessons.map((lesson) => [lesson.id, { titre: lesson.titre, href: lessonHref(lesson) }])
		)
	) as Record<string, { titre: string; href: string }>
});
