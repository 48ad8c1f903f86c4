// Runner races (reliability review §1c–1e): a click right after "Commencer" or "Recommencer",
// or a "Continuer" followed at once by a choice, must land in the right run with a snapshot
// that matches the choices stored beside it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReperesDb, type ScenarioRun } from '$lib/progress/db';
import { progressRepository } from '$lib/progress/repository';
import { readScenarioFile } from '$lib/scenario/compile';
import { ScenarioRunner } from '$lib/scenario/runner.svelte';
import type { CompiledScenario } from '$lib/scenario/types';

const known = { sources: new Set(['loi-2005-102']), competences: new Set(['ecoute']) };
const scenario = readScenarioFile(
	readFileSync('tests/fixtures/scenarios/valide.scenario.yaml', 'utf8'),
	'valide.scenario.yaml',
	'test',
	known
).scenario as CompiledScenario;

async function runs(): Promise<ScenarioRun[]> {
	const db = new ReperesDb();
	const rows = (await db.runs.toArray()) as ScenarioRun[];
	db.close();
	return rows.filter((row) => row.subject === scenario.id);
}

const pathOf = (run: ScenarioRun) =>
	(run.snapshot as { context: { path: { sceneId: string; choiceId: string }[] } }).context.path.map(
		(step) => `${step.sceneId}/${step.choiceId}`
	);
const choicesOf = (run: ScenarioRun) => run.choices.map((c) => `${c.sceneId}/${c.choiceId}`);

let runner: ScenarioRunner;
afterEach(async () => {
	await runner.settled();
	runner.stop();
	vi.restoreAllMocks();
	const db = new ReperesDb();
	await db.runs.clear();
	db.close();
});

describe('the scenario runner stores each click in the run it was made in', () => {
	it('keeps a choice made in the same frame as "Commencer"', async () => {
		runner = new ScenarioRunner(scenario);
		await runner.load();
		void runner.start();
		runner.select('ecouter');
		await runner.settled();
		const [run] = await runs();
		expect(choicesOf(run)).toEqual(['accueil/ecouter']);
		expect(pathOf(run)).toEqual(['accueil/ecouter']);
	});

	it('puts a choice made right after "Recommencer" into the new run, never the finished one', async () => {
		runner = new ScenarioRunner(scenario);
		await runner.load();
		await runner.start();
		for (const choice of ['ecouter', 'proposer']) {
			runner.select(choice);
			runner.continue();
		}
		expect(runner.phase).toBe('ending');
		void runner.restart();
		runner.select('ignorer');
		await runner.settled();
		const [finished, replay] = await runs();
		expect(choicesOf(finished)).toEqual(['accueil/ecouter', 'ecoute/proposer']);
		expect(pathOf(finished)).toEqual(['accueil/ecouter', 'ecoute/proposer']);
		expect(finished.ending).toBe('fin-apaisee');
		expect(choicesOf(replay)).toEqual(['accueil/ignorer']);
		expect(pathOf(replay)).toEqual(['accueil/ignorer']);
	});

	it('stores with each step the snapshot of that step, not of a later click', async () => {
		runner = new ScenarioRunner(scenario);
		await runner.load();
		await runner.start();
		const steps = vi.spyOn(progressRepository, 'recordScenarioStep');
		runner.select('ecouter');
		// "Continuer", then a choice in the same tick: the tab may close before the second write.
		runner.continue();
		runner.select('proposer');
		await runner.settled();
		const paths = steps.mock.calls.map(
			([, step]) => (step.snapshot as { context: { path: unknown[] } }).context.path.length
		);
		expect(paths).toEqual([1, 1, 2]);
		const [run] = await runs();
		expect(pathOf(run)).toEqual(choicesOf(run));
	});

	it('writes nothing when another tab moved the same run on, and says so', async () => {
		runner = new ScenarioRunner(scenario);
		await runner.load();
		await runner.start();
		const other = new ScenarioRunner(scenario);
		await other.load();
		other.select('ignorer');
		await other.settled();
		runner.select('ecouter');
		await runner.settled();
		other.stop();
		const [run] = await runs();
		expect(choicesOf(run)).toEqual(['accueil/ignorer']);
		expect(runner.elsewhere).toBe(true);
	});
});
