// The content of a plan, fetched for a session: each item with what it shows. The texts come
// from static, precached files (so a session runs offline); the machine gets only outlines.
import type { CompiledQuiz, CompiledScenario } from '$lib/scenario/types';
import { lessonScreensFromPage, type LessonScreens } from './lesson-screens';
import type { PlanItem } from './plan';
import type { ItemOutline } from './session-machine';

export type DeckItem =
	| { plan: PlanItem; kind: 'lesson'; lesson: LessonScreens }
	| { plan: PlanItem; kind: 'scenario'; scenario: CompiledScenario }
	| { plan: PlanItem; kind: 'quiz'; quiz: CompiledQuiz }
	| { plan: PlanItem; kind: 'echange' };

export function outlineOf(item: DeckItem): ItemOutline {
	const key = item.plan.key;
	switch (item.kind) {
		case 'lesson':
			return { key, kind: 'lesson', screens: Math.max(1, item.lesson.screens.length) };
		case 'scenario':
			return {
				key,
				kind: 'scenario',
				machine: item.scenario.machine,
				questionScenes: Object.values(item.scenario.scenes)
					.filter((scene) => scene.questions?.length)
					.map((scene) => scene.id)
			};
		case 'quiz':
			return {
				key,
				kind: 'quiz',
				questions: item.quiz.questions.map((q) => ({
					id: q.id,
					options: q.options.map((o) => o.id)
				}))
			};
		default:
			return { key, kind: 'echange' };
	}
}

/** Files of the build the service worker precaches: a lesson's own page, the activity files. */
export function contentUrl(item: PlanItem): string | null {
	if (item.kind === 'lesson' && item.ref) return `/modules/${item.ref}/`;
	if (item.kind === 'scenario' && item.ref) return `/scenarios/${item.ref}/scenario.json`;
	if (item.kind === 'quiz' && item.ref) return `/formateur/verifications/${item.ref}/quiz.json`;
	return null;
}

/** Fetches every item; an item whose file is gone is listed in `missing`, never fatal. */
export async function loadDeck(
	items: PlanItem[],
	get: (url: string) => Promise<unknown> = async (url) => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(String(response.status));
		return url.endsWith('.json') ? response.json() : response.text();
	}
): Promise<{ items: DeckItem[]; missing: PlanItem[] }> {
	const loaded = await Promise.all(
		items.map(async (plan): Promise<DeckItem | null> => {
			const url = contentUrl(plan);
			if (!url) return { plan, kind: 'echange' };
			try {
				const data = await get(url);
				if (plan.kind === 'lesson')
					return { plan, kind: 'lesson', lesson: lessonScreensFromPage(plan.ref!, String(data)) };
				if (plan.kind === 'scenario')
					return {
						plan,
						kind: 'scenario',
						scenario: (data as { scenario: CompiledScenario }).scenario
					};
				return { plan, kind: 'quiz', quiz: data as CompiledQuiz };
			} catch {
				return null;
			}
		})
	);
	return {
		items: loaded.filter((item) => item !== null),
		missing: items.filter((_, index) => loaded[index] === null)
	};
}
