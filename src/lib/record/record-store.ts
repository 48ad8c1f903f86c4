// Reads everything "Mon parcours" shows in one transaction: part of the progress repository.
import type { ReperesDb, ScenarioRun, QuizAttempt } from '$lib/progress/db';
import type { StoreContext } from '$lib/progress/activity-store';
import type { StoredRecord } from './types';

const EMPTY: StoredRecord = {
	lessons: [],
	scenarioRuns: [],
	quizAttempts: [],
	completed: [],
	events: []
};

async function readRecord(db: ReperesDb): Promise<StoredRecord> {
	return db.transaction('r', db.lessons, db.runs, db.completed, db.events, async () => {
		const [lessons, runs, completed, events] = await Promise.all([
			db.lessons.toArray(),
			db.runs.toArray(),
			db.completed.toArray(),
			db.events.orderBy('seq').toArray()
		]);
		return {
			lessons,
			// Snapshots stay behind: the record needs the path, not the resumable state.
			scenarioRuns: runs
				.filter((run): run is ScenarioRun => run.kind === 'scenario')
				.map(({ subject, startedAt, endedAt, ending, choices }) => ({
					subject,
					startedAt,
					endedAt,
					ending,
					choices
				})),
			quizAttempts: runs.filter((run): run is QuizAttempt => run.kind === 'quiz'),
			completed,
			events: events.map(({ at, type, subject }) => ({ at, type, subject }))
		};
	});
}

export function recordFunctions({ read }: Pick<StoreContext, 'read'>) {
	return {
		/** The learner's whole record (empty when storage is out of reach). */
		readRecord: () => read(readRecord, EMPTY)
	};
}
