import { error, json } from '@sveltejs/kit';
import { course, findLesson } from '$lib/content/index.server';
import { lessonScreens } from '$lib/trainer/lesson-screens.server';

// One static file per lesson, cut into projector screens; precached, so a session runs offline.
export const prerender = true;

const sources = import.meta.glob('/content/modules/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const entries = () =>
	course.modules.flatMap((module) =>
		module.lessons.map((lesson) => ({ module: module.slug, lesson: lesson.slug }))
	);

export const GET = ({ params }) => {
	const lesson = findLesson(params.module, params.lesson);
	if (!lesson) error(404, 'Leçon introuvable');
	return json(lessonScreens(lesson, sources[`/${lesson.file}`]));
};
