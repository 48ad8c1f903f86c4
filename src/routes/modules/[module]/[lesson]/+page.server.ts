import { error } from '@sveltejs/kit';
import {
	pageActivities,
	course,
	findLesson,
	findModule,
	moduleHref,
	neighbours,
	sourcesOf
} from '$lib/content/index.server';
import { renderStatic, staticPlan } from '$lib/content/markdown-body.server';
import SourceList from '$lib/components/SourceList.svelte';

export const entries = () =>
	course.modules.flatMap((module) =>
		module.lessons.map((lesson) => ({ module: module.slug, lesson: lesson.slug }))
	);

export const load = async ({ params, isDataRequest }) => {
	const module = findModule(params.module);
	const lesson = findLesson(params.module, params.lesson);
	if (!module || !lesson) error(404, 'Leçon introuvable');
	const position = module.lessons.indexOf(lesson) + 1;
	return {
		lesson: {
			id: lesson.id,
			titre: lesson.titre,
			resume: lesson.resume,
			objectifs: lesson.objectifs,
			duree: lesson.duree,
			revise: lesson.revise,
			...(lesson.changement ? { changement: lesson.changement } : {}),
			clinique: lesson.clinique,
			...(lesson.relecture ? { relecture: lesson.relecture } : {}),
			// Whether an easy-to-read version exists; its text is fetched apart (facile.json).
			facile: lesson.facile !== undefined,
			toc: lesson.toc
		},
		module: { titre: module.titre, href: moduleHref(module), order: module.order },
		position: { index: position, total: module.lessons.length },
		// The text and the sources, HTML carried once by the page ($lib/content/markdown-body).
		statics: await staticPlan(lesson.id, lesson.file, isDataRequest, {
			sources: renderStatic(SourceList, { sources: sourcesOf(lesson.sources) })
		}),
		...pageActivities(lesson.scenarios, lesson.quizzes),
		...neighbours(lesson)
	};
};
