import 'fake-indexeddb/auto';
import { Dexie, type Observable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReperesDb, SCHEMA_V1, SCHEMA_V2, type QuizAttempt } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';

let counter = 0;
const repositoryOn = (name = `activities-${++counter}`) => {
	let clock = 0;
	return Object.assign(
		createProgressRepository({
			createDb: () => new ReperesDb(name),
			now: () => (clock += 10),
			mirror: null
		}),
		{ name }
	);
};

const nextValue = <T>(observable: Observable<T>, predicate: (value: T) => boolean) =>
	new Promise<T>((resolve) => {
		const subscription = observable.subscribe({
			next: (value) => {
				if (!predicate(value)) return;
				resolve(value);
				queueMicrotask(() => subscription.unsubscribe());
			}
		});
	});

describe('scenario runs', () => {
	it('stores the start, each choice with its time, the ending and the latest snapshot', async () => {
		const repository = repositoryOn();
		const runId = (await repository.startScenarioRun('premier-jour', 'v1', { value: 'accueil' }))!;
		await repository.recordScenarioStep(runId, {
			snapshot: { value: 'accueil__a' },
			choice: { sceneId: 'accueil', choiceId: 'a' }
		});
		await repository.recordScenarioStep(runId, { snapshot: { value: 'suite' } });
		expect(await repository.latestScenarioRun('premier-jour')).toMatchObject({
			subject: 'premier-jour',
			version: 'v1',
			snapshot: { value: 'suite' },
			choices: [{ sceneId: 'accueil', choiceId: 'a', at: expect.any(Number) }]
		});
		expect((await repository.latestScenarioRun('premier-jour'))?.endedAt).toBeUndefined();

		await repository.recordScenarioStep(runId, {
			snapshot: { value: 'fin' },
			ending: 'fin-apaisee'
		});
		expect(await repository.latestScenarioRun('premier-jour')).toMatchObject({
			ending: 'fin-apaisee',
			endedAt: expect.any(Number)
		});
		expect((await repository.history()).map((e) => e.type)).toEqual([
			'scenario.start',
			'scenario.choice',
			'scenario.end'
		]);
	});

	it('counts a scenario as done once any run reaches an ending, and a new run keeps it done', async () => {
		const repository = repositoryOn();
		const done = (await repository.watchCompletedActivities())!;
		const first = (await repository.startScenarioRun('s', 'v1', {}))!;
		await repository.recordScenarioStep(first, { snapshot: {}, ending: 'fin' });
		expect(await nextValue(done, (v) => v.length > 0)).toEqual(['scenario:s']);
		const second = (await repository.startScenarioRun('s', 'v1', {}))!;
		expect(second).toBeGreaterThan(first);
		expect((await repository.latestScenarioRun('s'))?.id).toBe(second);
		expect(await nextValue(done, () => true)).toEqual(['scenario:s']);
	});
});

describe('knowledge checks', () => {
	const quizV1 = { id: 'gem-ou-soin', version: 'v1', questionVersions: { q1: 'a', q2: 'b' } };

	it('counts a check once every question has been answered once; retries overwrite freely', async () => {
		const repository = repositoryOn();
		await repository.recordQuizAnswer(quizV1, 'q1', ['oui'], false);
		await repository.recordQuizAnswer(quizV1, 'q1', ['non'], true);
		const done = (await repository.watchCompletedActivities())!;
		expect(await nextValue(done, () => true)).toEqual([]);
		await repository.recordQuizAnswer(quizV1, 'q2', ['a', 'b'], true);
		const attempt = await repository.quizAttempt(quizV1);
		expect(attempt.answers).toEqual({
			q1: { optionIds: ['non'], correct: true, at: expect.any(Number) },
			q2: { optionIds: ['a', 'b'], correct: true, at: expect.any(Number) }
		});
		expect(await nextValue(done, (v) => v.length > 0)).toEqual(['quiz:gem-ou-soin']);
	});

	it('after an edit, starts a new attempt, carries answers to unchanged questions, keeps the old one', async () => {
		const repository = repositoryOn();
		await repository.recordQuizAnswer(quizV1, 'q1', ['non'], true);
		await repository.recordQuizAnswer({ ...quizV1, order: { q2: ['y', 'x'] } }, 'q2', ['x'], true);
		// Version 2 rewords q2 only and adds q3.
		const quizV2 = {
			id: 'gem-ou-soin',
			version: 'v2',
			questionVersions: { q1: 'a', q2: 'B', q3: 'c' }
		};
		expect(await repository.quizAttempt(quizV2)).toEqual({
			answers: { q1: { optionIds: ['non'], correct: true, at: expect.any(Number) } },
			order: {}
		});
		await repository.recordQuizAnswer(quizV2, 'q3', ['z'], false);
		// What was answered under version 2 is shown again after a reload (the bug: it vanished).
		const again = await repository.quizAttempt(quizV2);
		expect(Object.keys(again.answers).sort()).toEqual(['q1', 'q3']);
		await repository.recordQuizAnswer(quizV2, 'q2', ['x'], true);
		const db = new ReperesDb(repository.name);
		const attempts = (await db.runs.toArray()).filter((row) => row.kind === 'quiz');
		db.close();
		expect(attempts.map((a) => a.version)).toEqual(['v1', 'v2']);
		const [first, second] = attempts as QuizAttempt[];
		expect(first.answers.q2).toBeDefined();
		// Completion never mixes versions: v2 completes with v2 answers (q1 carried, unchanged).
		expect(second.completedAt).toEqual(expect.any(Number));
		expect(second.answers.q2.at).toBeGreaterThan(first.answers.q2.at);
		expect(second.questionVersions).toEqual(quizV2.questionVersions);
	});

	it('does not count an attempt whose answers belong to an earlier version', async () => {
		const repository = repositoryOn();
		await repository.recordQuizAnswer(quizV1, 'q1', ['non'], true);
		const quizV2 = { id: 'gem-ou-soin', version: 'v2', questionVersions: { q1: 'A', q2: 'b' } };
		await repository.recordQuizAnswer(quizV2, 'q2', ['x'], true);
		const done = (await repository.watchCompletedActivities())!;
		expect(await nextValue(done, () => true)).toEqual([]);
	});

	it('keeps the order the options were shown in with the attempt', async () => {
		const repository = repositoryOn();
		const order = { q1: ['non', 'oui'], q2: ['c', 'a', 'b'] };
		await repository.recordQuizAnswer({ ...quizV1, order }, 'q1', ['non'], true);
		expect((await repository.quizAttempt(quizV1)).order).toEqual(order);
		const seed = await repository.orderSeed();
		expect(seed).toMatch(/\w{8}/);
		expect(await repository.orderSeed()).toBe(seed);
	});
});

describe('upgrade from version 1 through every version', () => {
	it('keeps lessons and adds an empty runs table', async () => {
		const name = `upgrade-${++counter}`;
		const v1 = new Dexie(name);
		v1.version(1).stores(SCHEMA_V1);
		await v1.table('lessons').add({ id: 'm/l', done: true, updatedAt: 1 });
		v1.close();
		const db = new ReperesDb(name);
		await db.open();
		expect(await db.lessons.get('m/l')).toMatchObject({ state: 'terminee' });
		expect(await db.runs.count()).toBe(0);
		db.close();
	});

	it('upgrades a version 2 database without touching its data', async () => {
		const name = `upgrade-${++counter}`;
		const v2 = new Dexie(name);
		v2.version(2).stores(SCHEMA_V2);
		await v2
			.table('lessons')
			.add({ id: 'm/l', moduleSlug: 'm', state: 'en-cours', openedAt: 1, updatedAt: 1 });
		v2.close();
		const db = new ReperesDb(name);
		await db.open();
		expect(await db.lessons.toArray()).toEqual([
			{ id: 'm/l', moduleSlug: 'm', state: 'en-cours', openedAt: 1, updatedAt: 1 }
		]);
		db.close();
	});
});
