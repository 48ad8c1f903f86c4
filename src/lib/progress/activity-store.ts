// Scenario runs and knowledge-check attempts: part of the one progress repository
// (repository.ts composes these functions with the lesson ones).
import { liveQuery, type EntityTable, type Observable } from 'dexie';
import type { CompletedActivity, ProgressEvent, QuizAttempt, ReperesDb, ScenarioRun } from './db';
import { carriedOver, isComplete, type QuizAnswers, type QuizIdentity } from './quiz-versions';
import { activityKey } from './types';

export interface StoreContext {
	database: () => Promise<ReperesDb | null>;
	write: (
		action: (db: ReperesDb) => Promise<unknown>,
		options?: { essential?: boolean }
	) => Promise<boolean>;
	read: <T>(query: (db: ReperesDb) => Promise<T>, fallback: T) => Promise<T>;
	log: (
		db: ReperesDb,
		type: ProgressEvent['type'],
		subject: string,
		detail?: ProgressEvent['detail']
	) => Promise<unknown>;
	now: () => number;
	measured: <T>(name: string, run: () => Promise<T>) => Promise<T>;
	/** Asks for persistent storage the first time real progress is stored. */
	askPersistenceOnce: () => Promise<boolean>;
}

/** `conflict`: the run moved on elsewhere (another tab); nothing was written. */
export type StepResult = 'saved' | 'conflict' | 'failed';

const ORDER_SEED = 'orderSeed';

// One table holds both kinds (indexed by subject and kind); typed views keep each write exact.
const scenarioRuns = (db: ReperesDb) => db.runs as unknown as EntityTable<ScenarioRun, 'id'>;
const quizAttempts = (db: ReperesDb) => db.runs as unknown as EntityTable<QuizAttempt, 'id'>;

/** The newest run of one subject, read alone by index (never the other runs' snapshots). */
const latest = <T extends ScenarioRun | QuizAttempt>(
	db: ReperesDb,
	kind: T['kind'],
	subject: string
) => db.runs.where('[subject+kind]').equals([subject, kind]).last() as Promise<T | undefined>;

/** Counts one more finish of an activity, in the caller's transaction. */
async function markCompleted(db: ReperesDb, key: string, at: number, ending?: string) {
	const row: CompletedActivity = (await db.completed.get(key)) ?? {
		key,
		firstAt: at,
		lastAt: at,
		count: 0
	};
	const endings = ending ? [...new Set([...(row.endings ?? []), ending])] : row.endings;
	await db.completed.put({
		...row,
		lastAt: at,
		count: row.count + 1,
		...(endings ? { endings } : {})
	});
}

const randomSeed = () =>
	typeof crypto !== 'undefined' && crypto.randomUUID
		? crypto.randomUUID()
		: String(Math.random()).slice(2);

export function activityFunctions(context: StoreContext) {
	const { database, write, read, log, now, measured, askPersistenceOnce } = context;
	// Used when nothing can be stored: the order then holds for this visit only.
	let visitSeed: string | null = null;

	return {
		/** The newest run of a scenario, finished or not (undefined when never played). */
		latestScenarioRun(scenarioId: string): Promise<ScenarioRun | undefined> {
			return read(
				(db) => measured('latest-run', () => latest<ScenarioRun>(db, 'scenario', scenarioId)),
				undefined
			);
		},

		/** Starts a run and returns its id, or null when it could not be stored. */
		async startScenarioRun(
			scenarioId: string,
			version: string,
			snapshot: unknown
		): Promise<number | null> {
			let id: number | null = null;
			await write((db) =>
				measured('start-run', () =>
					db.transaction('rw', db.runs, db.events, async () => {
						const at = now();
						id = (await scenarioRuns(db).add({
							kind: 'scenario',
							subject: scenarioId,
							version,
							startedAt: at,
							updatedAt: at,
							choices: [],
							snapshot
						})) as number;
						await log(db, 'scenario.start', scenarioId, { run: id, version });
					})
				)
			);
			return id;
		},

		/**
		 * Saves the snapshot after a step, with the choice made and the ending reached, if any,
		 * in one transaction with the log and the finished-activity counters. `expectedChoices`
		 * is how many choices the run holds before this step: when another tab has written in
		 * between, or the run is already over, nothing is written and `conflict` comes back, so
		 * the log never holds an impossible path.
		 */
		async recordScenarioStep(
			runId: number,
			step: {
				snapshot: unknown;
				choice?: { sceneId: string; choiceId: string };
				ending?: string;
				expectedChoices?: number;
			}
		): Promise<StepResult> {
			let conflict = false;
			const saved = await write(
				(db) =>
					measured('step', () =>
						db.transaction('rw', db.runs, db.events, db.completed, async () => {
							const run = (await db.runs.get(runId)) as ScenarioRun | undefined;
							if (!run) return;
							const moved =
								step.expectedChoices !== undefined && run.choices.length !== step.expectedChoices;
							if (moved || run.endedAt) {
								conflict = true;
								return;
							}
							const at = now();
							const choices = step.choice ? [...run.choices, { ...step.choice, at }] : run.choices;
							// Issued together: one round trip, so a busy page waits less for the commit.
							await Promise.all([
								scenarioRuns(db).put({
									...run,
									snapshot: step.snapshot,
									choices,
									updatedAt: at,
									...(step.ending ? { ending: step.ending, endedAt: at } : {})
								}),
								step.choice &&
									log(db, 'scenario.choice', run.subject, { run: runId, ...step.choice }),
								step.ending &&
									log(db, 'scenario.end', run.subject, { run: runId, ending: step.ending }),
								step.ending &&
									markCompleted(db, activityKey('scenario', run.subject), at, step.ending)
							]);
						})
					),
				{ essential: Boolean(step.ending) }
			);
			if (saved && step.ending && !conflict) await askPersistenceOnce();
			return !saved ? 'failed' : conflict ? 'conflict' : 'saved';
		},

		/** Answers (and option orders) stored for the check as it is now; see quiz-versions.ts. */
		quizAttempt(quiz: QuizIdentity) {
			return read(
				async (db) =>
					carriedOver(
						await measured('latest-attempt', () => latest<QuizAttempt>(db, 'quiz', quiz.id)),
						quiz
					),
				{ answers: {} as QuizAnswers, order: {} as Record<string, string[]> }
			);
		},

		/**
		 * Records an answer; the check counts once each of its questions has been answered. A new
		 * version of the check starts a new attempt, carrying over what still holds.
		 */
		async recordQuizAnswer(
			quiz: QuizIdentity & { order?: Record<string, string[]> },
			questionId: string,
			optionIds: string[],
			correct: boolean
		) {
			let completedNow = false;
			const saved = await write(
				(db) =>
					db.transaction('rw', db.runs, db.events, db.completed, async () => {
						const at = now();
						const previous = await latest<QuizAttempt>(db, 'quiz', quiz.id);
						const current = previous?.version === quiz.version ? previous : undefined;
						const kept = carriedOver(previous, quiz);
						const answers = { ...kept.answers, [questionId]: { optionIds, correct, at } };
						const complete = isComplete(answers, quiz);
						completedNow = complete && !current?.completedAt;
						await quizAttempts(db).put({
							...(current ?? { kind: 'quiz', subject: quiz.id, startedAt: at }),
							kind: 'quiz',
							version: quiz.version,
							questionVersions: quiz.questionVersions,
							order: { ...quiz.order, ...kept.order },
							answers,
							updatedAt: at,
							...(complete ? { completedAt: current?.completedAt ?? at } : {})
						} as QuizAttempt);
						await log(db, 'quiz.answer', quiz.id, {
							question: questionId,
							options: optionIds,
							correct,
							version: quiz.version
						});
						if (completedNow) await markCompleted(db, activityKey('quiz', quiz.id), at);
					}),
				{ essential: true }
			);
			if (saved && completedNow) await askPersistenceOnce();
			return saved;
		},

		/** A random seed kept on the device, so shuffled options stay in the same order. */
		async orderSeed(): Promise<string> {
			const known = await read(
				async (db) => (await db.kv.get(ORDER_SEED))?.value as string | undefined,
				undefined
			);
			if (known) return known;
			let seed = visitSeed ?? randomSeed();
			const saved = await write((db) =>
				db.transaction('rw', db.kv, async () => {
					const other = (await db.kv.get(ORDER_SEED))?.value as string | undefined;
					if (other) seed = other;
					else await db.kv.put({ key: ORDER_SEED, value: seed });
				})
			);
			if (!saved) visitSeed = seed;
			return seed;
		},

		/** Live list of finished activities (`scenario:<id>`, `quiz:<id>`), for module progress. */
		async watchCompletedActivities(): Promise<Observable<string[]> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(() =>
				measured(
					'completed',
					async () => (await db.completed.toCollection().primaryKeys()) as string[]
				)
			);
		}
	};
}
