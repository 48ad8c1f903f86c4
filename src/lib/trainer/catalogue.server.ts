// What a trainer can put in a plan: every lesson, scenario and knowledge check of the course,
// derived from content/ at build time, with a suggested duration.
import { course } from '$lib/content/index.server';
import type { CatalogueEntry } from './plan';

/** Minutes suggested for a scenario or a check discussed in a room (the trainer adjusts). */
const SCENARIO_MINUTES = 30;
const QUIZ_MINUTES = 10;

export function catalogue(): CatalogueEntry[] {
	return course.modules.flatMap((module) => [
		...module.lessons.map((lesson) => ({
			kind: 'lesson' as const,
			ref: lesson.id,
			titre: lesson.titre,
			module: module.titre,
			duree: lesson.duree
		})),
		...module.scenarios.map((id) => ({
			kind: 'scenario' as const,
			ref: id,
			titre: course.scenarios[id].titre,
			module: module.titre,
			duree: SCENARIO_MINUTES
		})),
		...module.quizzes.map((id) => ({
			kind: 'quiz' as const,
			ref: id,
			titre: course.quizzes[id].titre,
			module: module.titre,
			duree: QUIZ_MINUTES
		}))
	]);
}
