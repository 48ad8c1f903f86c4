// A lesson's easy-to-read version as its own small prerendered file: the service worker
// precaches it with every other file, and the lesson page fetches it only for a reader who
// chose "Facile à lire", so the standard page carries none of it.
import { error, json } from '@sveltejs/kit';
import { course, findLesson } from '$lib/content/index.server';
import type { EasyReadText } from '$lib/reading/easy-read-text';

export const prerender = true;

export const entries = () =>
	course.modules.flatMap((module) =>
		module.lessons
			.filter((lesson) => lesson.facile)
			.map((lesson) => ({ module: module.slug, lesson: lesson.slug }))
	);

export const GET = ({ params }) => {
	const easy = findLesson(params.module, params.lesson)?.facile;
	if (!easy) error(404, 'Version facile à lire introuvable');
	const body: EasyReadText = {
		relueParDesLecteurs: easy.relueParDesLecteurs,
		toc: easy.toc,
		html: easy.html
	};
	return json(body);
};
