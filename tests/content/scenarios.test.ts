// Path tests on every real scenario and checks on every knowledge check (architecture.md,
// "Scenario format"): scene-level structure, the shortest path to every ending, and full
// enumeration of simple paths only while their number stays under a cap.
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { createScenarioMachine } from '$lib/scenario/machine';
import type { CompiledScenario } from '$lib/scenario/types';

const SIMPLE_PATH_CAP = 2_000;
const scenarios = Object.values(course.scenarios);
const quizzes = Object.values(course.quizzes);

const endingsOf = (scenario: CompiledScenario) =>
	Object.values(scenario.scenes)
		.filter((scene) => scene.fin)
		.map((scene) => scene.id);

/** Scene-level paths from the start to an ending, counted up to the cap. */
function countScenePaths(scenario: CompiledScenario, cap: number): number {
	let count = 0;
	const walk = (sceneId: string, seen: Set<string>) => {
		if (count > cap) return;
		const scene = scenario.scenes[sceneId];
		if (scene.fin) {
			count++;
			return;
		}
		for (const choice of scene.choix) {
			if (!seen.has(choice.suite)) walk(choice.suite, new Set([...seen, choice.suite]));
		}
	};
	walk(scenario.debut, new Set([scenario.debut]));
	return count;
}

const choiceEvents = (scenario: CompiledScenario) => [
	...Object.values(scenario.scenes).flatMap((scene) =>
		scene.choix.map((choice) => ({ type: 'choice.select' as const, choiceId: choice.id }))
	),
	{ type: 'feedback.continue' as const }
];

const stateName = (value: unknown) => (value as { play: string }).play;

// The path in context makes every state unique; graph traversal looks at scenes only.
const traversal = (scenario: CompiledScenario) => ({
	events: choiceEvents(scenario),
	serializeState: (state: { value: unknown }) => JSON.stringify(state.value)
});

describe('every course has real scenarios and checks', () => {
	it('module 01 has at least two scenarios and one knowledge check', () => {
		const inModule01 = scenarios.filter((s) => s.moduleSlug === 'introduction-aux-gem');
		expect(inModule01.length).toBeGreaterThanOrEqual(2);
		expect(quizzes.filter((q) => q.moduleSlug === 'introduction-aux-gem').length).toBeGreaterThanOrEqual(1);
	});
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_, scenario) => {
	const machine = createScenarioMachine(scenario.machine);
	const endings = endingsOf(scenario);

	it('has at least 6 scenes and 2 endings, with 2 to 4 choices per scene', () => {
		expect(Object.keys(scenario.scenes).length).toBeGreaterThanOrEqual(6);
		expect(endings.length).toBeGreaterThanOrEqual(2);
		for (const scene of Object.values(scenario.scenes)) {
			if (scene.fin) continue;
			expect(scene.choix.length, `scene ${scene.id}`).toBeGreaterThanOrEqual(2);
			expect(scene.choix.length, `scene ${scene.id}`).toBeLessThanOrEqual(4);
		}
	});

	it('gives every choice its feedback and a quality, and cites sources for the scenario', () => {
		expect(scenario.sources.length).toBeGreaterThan(0);
		for (const scene of Object.values(scenario.scenes)) {
			for (const choice of scene.choix) {
				expect(choice.retour.length, `${scene.id}/${choice.id}`).toBeGreaterThan(20);
				expect(['recommande', 'acceptable', 'a-eviter']).toContain(choice.qualite);
			}
		}
		// Module 01's scenarios, the course's first, back every single choice with a source.
		if (scenario.moduleSlug === 'introduction-aux-gem') {
			const unsourced = Object.values(scenario.scenes).flatMap((scene) =>
				scene.choix.filter((choice) => choice.sources.length === 0).map((choice) => `${scene.id}/${choice.id}`)
			);
			expect(unsourced).toEqual([]);
		}
	});

	it('reaches every ending by a shortest path of choices and "Continuer"', () => {
		const paths = getShortestPaths(machine, traversal(scenario));
		const reached = new Set(paths.map((path) => stateName(path.state.value)));
		for (const ending of endings) expect(reached, `ending ${ending}`).toContain(ending);
		for (const path of paths.filter((p) => p.state.hasTag('ending'))) {
			// Every step of a real run alternates a choice and its feedback.
			const types = path.steps.slice(1).map((step) => step.event.type);
			expect(types.filter((_, i) => i % 2 === 0).every((t) => t === 'choice.select')).toBe(true);
			expect(types.filter((_, i) => i % 2 === 1).every((t) => t === 'feedback.continue')).toBe(true);
		}
	});

	it('ends every simple path in an ending (enumerated only under the cap)', () => {
		const count = countScenePaths(scenario, SIMPLE_PATH_CAP);
		expect(count).toBeGreaterThanOrEqual(endings.length);
		if (count > SIMPLE_PATH_CAP) return; // too many to enumerate: shortest paths above still ran
		const paths = getSimplePaths(machine, traversal(scenario));
		const complete = paths.filter((path) => path.state.hasTag('ending'));
		expect(complete.length).toBe(count);
	});
});

describe.each(quizzes.map((q) => [q.id, q] as const))('knowledge check %s', (_, quiz) => {
	it('has 3 to 6 questions, each option with its feedback', () => {
		expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
		expect(quiz.questions.length).toBeLessThanOrEqual(6);
		for (const question of quiz.questions) {
			for (const option of question.options) expect(option.retour.length).toBeGreaterThan(10);
		}
	});
});
