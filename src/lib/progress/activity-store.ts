// Scenario runs and knowledge-check attempts: part of the one progress repository
// (repository.ts composes these functions with the lesson ones).
import { liveQuery, type EntityTable, type Observable } from 'dexie';
import type { ProgressEvent, QuizAttempt, ReperesDb, ScenarioRun } from './db';

export interface StoreContext {
	database: () => Promise<ReperesDb | null>;
	write: (action: (db: ReperesDb) => Promise<unknown>) => Promise<boolean>;
	read: <T>(query: (db: ReperesDb) => Promise<T>, fallback: T) => Promise<T>;
	log: (
		db: ReperesDb,
		type: ProgressEvent['type'],
		subject: string,
		detail?: ProgressEvent['detail']
	) => Promise<unknown>;
	now: () => number;
}

import { activityKey } from './types';

// One table holds both kinds (indexed by subject); typed views keep each write exact.
const scenarioRuns = (db: ReperesDb) => db.runs as unknown as EntityTable<ScenarioRun, 'id'>;
const quizAttempts = (db: ReperesDb) => db.runs as unknown as EntityTable<QuizAttempt, 'id'>;

async function latest<T extends ScenarioRun | QuizAttempt>(
	db: ReperesDb,
	kind: T['kind'],
	subject: string
) {
	const rows = await db.runs.where('subject').equals(subject).toArray();
	return (rows.filter((row) => row.kind === kind) as T[]).sort(
		(a, b) => (b.id ?? 0) - (a.id ?? 0)
	)[0];
}

export function activityFunctions({ database, write, read, log, now }: StoreContext) {
	return {
		/** The newest run of a scenario, finished or not (undefined when never played). */
		latestScenarioRun(scenarioId: string): Promise<ScenarioRun | undefined> {
			return read((db) => latest<ScenarioRun>(db, 'scenario', scenarioId), undefined);
		},

		/** Starts a run and returns its id, or null when it could not be stored. */
		async startScenarioRun(
			scenarioId: string,
			version: string,
			snapshot: unknown
		): Promise<number | null> {
			let id: number | null = null;
			await write((db) =>
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
			);
			return id;
		},

		/** Saves the snapshot after a step, with the choice made and the ending reached, if any. */
		recordScenarioStep(
			runId: number,
			step: { snapshot: unknown; choice?: { sceneId: string; choiceId: string }; ending?: string }
		) {
			return write((db) =>
				db.transaction('rw', db.runs, db.events, async () => {
					const run = (await db.runs.get(runId)) as ScenarioRun | undefined;
					if (!run) return;
					const at = now();
					const choices = step.choice ? [...run.choices, { ...step.choice, at }] : run.choices;
					await scenarioRuns(db).put({
						...run,
						snapshot: step.snapshot,
						choices,
						updatedAt: at,
						...(step.ending ? { ending: step.ending, endedAt: at } : {})
					});
					if (step.choice)
						await log(db, 'scenario.choice', run.subject, { run: runId, ...step.choice });
					if (step.ending)
						await log(db, 'scenario.end', run.subject, { run: runId, ending: step.ending });
				})
			);
		},

		latestQuizAttempt(quizId: string): Promise<QuizAttempt | undefined> {
			return read((db) => latest<QuizAttempt>(db, 'quiz', quizId), undefined);
		},

		/** Records an answer; the check counts once each of its questions has been answered. */
		recordQuizAnswer(
			quiz: { id: string; version: string; questionIds: string[] },
			questionId: string,
			optionIds: string[],
			correct: boolean
		) {
			return write((db) =>
				db.transaction('rw', db.runs, db.events, async () => {
					const at = now();
					const attempt: QuizAttempt = (await latest<QuizAttempt>(db, 'quiz', quiz.id)) ?? {
						kind: 'quiz',
						subject: quiz.id,
						version: quiz.version,
						startedAt: at,
						updatedAt: at,
						answers: {}
					};
					const answers = { ...attempt.answers, [questionId]: { optionIds, correct, at } };
					const complete = quiz.questionIds.every((id) => answers[id]);
					await quizAttempts(db).put({
						...attempt,
						answers,
						updatedAt: at,
						...(complete && !attempt.completedAt ? { completedAt: at } : {})
					});
					await log(db, 'quiz.answer', quiz.id, {
						question: questionId,
						options: optionIds,
						correct
					});
				})
			);
		},

		/** Live list of finished activities (`scenario:<id>`, `quiz:<id>`), for module progress. */
		async watchCompletedActivities(): Promise<Observable<string[]> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(async () => {
				const rows = await db.runs.toArray();
				const done = rows.filter((row) =>
					row.kind === 'scenario' ? row.endedAt : row.completedAt
				);
				return [...new Set(done.map((row) => activityKey(row.kind, row.subject)))];
			});
		}
	};
}
