// The one IndexedDB database of Repères. Every version stays here forever: a device may
// still hold any of them, and Dexie upgrades it step by step.
import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { ReadingSettings } from '../reading/settings';

import { DB_NAME } from './storage-names';

export { DB_NAME };

export type StoredLessonState = 'en-cours' | 'terminee';

export interface LessonRecord {
	/** `<module-slug>/<lesson-slug>` */
	id: string;
	moduleSlug: string;
	state: StoredLessonState;
	openedAt: number;
	completedAt?: number;
	updatedAt: number;
}

/** Append-only history: views are derived from tables, the log keeps what happened when. */
export interface ProgressEvent {
	seq?: number;
	at: number;
	type:
		| 'lesson.open'
		| 'lesson.complete'
		| 'lesson.reopen'
		| 'scenario.start'
		| 'scenario.choice'
		| 'scenario.end'
		| 'quiz.answer'
		| 'progress.restore';
	subject: string;
	detail?: Record<string, unknown>;
}

/** One play of a scenario: every choice with its time, the ending, and the resumable snapshot. */
export interface ScenarioRun {
	id?: number;
	kind: 'scenario';
	/** Scenario id. */
	subject: string;
	/** Compiled scenario version the snapshot belongs to. */
	version: string;
	startedAt: number;
	updatedAt: number;
	choices: { sceneId: string; choiceId: string; at: number }[];
	snapshot: unknown;
	endedAt?: number;
	ending?: string;
}

/** Answers to one knowledge check; retries overwrite an answer, never count against anyone. */
export interface QuizAttempt {
	id?: number;
	kind: 'quiz';
	/** Quiz id. */
	subject: string;
	version: string;
	startedAt: number;
	updatedAt: number;
	answers: Record<string, { optionIds: string[]; correct: boolean; at: number }>;
	/** Set once every question has been answered once: the check then counts in progress. */
	completedAt?: number;
	/** Version of each question when answered (v5): an unchanged question keeps its answer. */
	questionVersions?: Record<string, string>;
	/** Order the options were shown in, per question (v5), so it stays the same and can be exported. */
	order?: Record<string, string[]>;
}

export type ActivityRecord = ScenarioRun | QuizAttempt;

/** A sheet (or later a lesson) kept in "Mes repères". */
export interface Bookmark {
	/** `fiche:<slug>` */
	id: string;
	titre: string;
	href: string;
	at: number;
}

/**
 * Derived from runs (v5): one row per finished activity, written in the same transaction as the
 * ending or the completion, so module progress never has to read every run and its snapshot.
 */
export interface CompletedActivity {
	/** `scenario:<id>` or `quiz:<id>` */
	key: string;
	firstAt: number;
	lastAt: number;
	/** How many times it was finished. */
	count: number;
	/** Scenario endings reached, each once. */
	endings?: string[];
}

/** Trainer mode (version 6): plans, running sessions, notes and attendance, never progress. */
export interface TrainerPlanRecord {
	id: string;
	updatedAt: number;
	plan: unknown;
}
export interface TrainerSessionRecord {
	/** The plan the session runs. */
	planId: string;
	updatedAt: number;
	/** Persisted XState snapshot of the session machine, plus timing. */
	state: unknown;
}
export interface TrainerNoteRecord {
	/** `<planId>/<itemId>` */
	id: string;
	planId: string;
	text: string;
	updatedAt: number;
}
export interface TrainerAttendanceRecord {
	planId: string;
	participants: string[];
	updatedAt: number;
}

/** The learner's own GEM contacts on the emergency card: one record, typed in once. */
export interface GemContacts {
	/** Always `gem`: one GEM per device. */
	id: 'gem';
	adresse: string;
	codePorte: string;
	collegue: string;
	collegueTelephone: string;
	parrain: string;
	parrainTelephone: string;
	cmp: string;
	cmpTelephone: string;
	cmpHoraires: string;
	updatedAt: number;
}

/** The reader's settings (version 8): one row per kind, `lecture` for the reading settings. */
export interface SettingsRecord {
	id: 'lecture';
	value: ReadingSettings;
	updatedAt: number;
}

export interface KeyValue {
	key: string;
	value: unknown;
}

/** Version 1 stored a boolean per lesson; kept to upgrade devices that still hold it. */
export interface LessonRecordV1 {
	id: string;
	done: boolean;
	updatedAt: number;
}

export const SCHEMA_V1 = { lessons: 'id', kv: 'key' };
export const SCHEMA_V2 = { lessons: 'id, moduleSlug', events: '++seq', kv: 'key' };
/** Version 3 adds scenario runs and knowledge-check attempts (a new table: nothing to migrate). */
export const SCHEMA_V3 = { ...SCHEMA_V2, runs: '++id, subject' };
/** Version 4 adds bookmarks ("Mes repères"); a new table again, nothing to migrate. */
export const SCHEMA_V4 = { ...SCHEMA_V3, bookmarks: 'id' };
/**
 * Version 5 indexes runs by subject and kind (the latest run is read alone, by index) and adds
 * `completed`, the finished activities derived from runs.
 */
export const SCHEMA_V5 = {
	...SCHEMA_V4,
	runs: '++id, subject, [subject+kind]',
	completed: 'key'
};

/** Where version-1 rows the upgrade could not read are kept (never deleted, reported once). */
export const UPGRADE_SKIPPED = 'upgradeSkipped';

/** Version 6 adds trainer mode's tables; new tables again, nothing to migrate. */
export const SCHEMA_V6 = {
	...SCHEMA_V5,
	trainerPlans: 'id',
	trainerSessions: 'planId',
	trainerNotes: 'id, planId',
	trainerAttendance: 'planId'
};

/** Version 7 adds the GEM's own contacts for the emergency card (a new table: nothing to migrate). */
export const SCHEMA_V7 = { ...SCHEMA_V6, gemContacts: 'id' };

/**
 * Version 8 (issue 16, reading comfort) adds `settings`, the reader's reading settings; a new
 * table: nothing to migrate.
 */
export const SCHEMA_V8 = { ...SCHEMA_V7, settings: 'id' };

/** A private note on a lesson (v9), autosaved as typed. */
export interface LessonNote {
	/** The lesson id, `<module-slug>/<lesson-slug>`. */
	id: string;
	text: string;
	updatedAt: number;
}

/**
 * The learner's own small facts (v9): the name typed for the attestation, when a backup file was
 * last saved, when the backup reminder was last set aside. Kept in the database, not in
 * localStorage, so a backup file carries them and "Effacer mes données" clears them.
 */
export interface LearnerFact {
	key: string;
	value: unknown;
	updatedAt: number;
}

/**
 * SCHEMA_V9 (issue 15, "the learner's record"): notes per lesson and the learner's own facts.
 * New tables only, so no upgrade function. Fixture: tests/fixtures/db/v9.json.
 */
export const SCHEMA_V9 = { ...SCHEMA_V8, lessonNotes: 'id', learnerFacts: 'key' };

/** Every schema version's tables, for the tests that replay a device left at that version. */
export const SCHEMAS: Record<number, Record<string, string>> = {
	1: SCHEMA_V1,
	2: SCHEMA_V2,
	3: SCHEMA_V3,
	4: SCHEMA_V4,
	5: SCHEMA_V5,
	6: SCHEMA_V6,
	7: SCHEMA_V7,
	8: SCHEMA_V8,
	9: SCHEMA_V9
};

async function upgradeToV2(tx: Transaction) {
	const events: ProgressEvent[] = [];
	const skipped: unknown[] = [];
	await tx
		.table('lessons')
		.toCollection()
		.modify(function (this: { value?: unknown }, row: Record<string, unknown>) {
			const old = row as unknown as LessonRecordV1;
			// One unreadable row must never block the whole database: keep it aside, go on.
			if (typeof old.id !== 'string' || typeof old.updatedAt !== 'number') {
				skipped.push({ ...row });
				delete this.value;
				return;
			}
			const upgraded: LessonRecord = {
				id: old.id,
				moduleSlug: old.id.split('/')[0],
				state: old.done ? 'terminee' : 'en-cours',
				openedAt: old.updatedAt,
				updatedAt: old.updatedAt,
				...(old.done ? { completedAt: old.updatedAt } : {})
			};
			events.push({
				at: old.updatedAt,
				type: old.done ? 'lesson.complete' : 'lesson.open',
				subject: old.id
			});
			for (const key of Object.keys(row)) delete row[key];
			Object.assign(row, upgraded);
		});
	// The log starts with what version 1 knew, so history is complete from day one.
	await tx.table('events').bulkAdd(events.sort((a, b) => a.at - b.at));
	if (skipped.length)
		await tx.table('kv').put({ key: UPGRADE_SKIPPED, value: { rows: skipped, reported: false } });
}

/** Fills `completed` from the runs already stored (read once, at upgrade time only). */
async function upgradeToV5(tx: Transaction) {
	const completed = new Map<string, CompletedActivity>();
	await tx.table('runs').each((row: ActivityRecord) => {
		const at = row.kind === 'scenario' ? row.endedAt : row.completedAt;
		if (!at) return;
		const key = `${row.kind}:${row.subject}`;
		const entry = completed.get(key) ?? { key, firstAt: at, lastAt: at, count: 0 };
		entry.firstAt = Math.min(entry.firstAt, at);
		entry.lastAt = Math.max(entry.lastAt, at);
		entry.count += 1;
		if (row.kind === 'scenario' && row.ending)
			entry.endings = [...new Set([...(entry.endings ?? []), row.ending])];
		completed.set(key, entry);
	});
	await tx.table('completed').bulkPut([...completed.values()]);
}

export class ReperesDb extends Dexie {
	lessons!: EntityTable<LessonRecord, 'id'>;
	events!: EntityTable<ProgressEvent, 'seq'>;
	kv!: EntityTable<KeyValue, 'key'>;
	runs!: EntityTable<ActivityRecord, 'id'>;
	bookmarks!: EntityTable<Bookmark, 'id'>;
	completed!: EntityTable<CompletedActivity, 'key'>;
	trainerPlans!: EntityTable<TrainerPlanRecord, 'id'>;
	trainerSessions!: EntityTable<TrainerSessionRecord, 'planId'>;
	trainerNotes!: EntityTable<TrainerNoteRecord, 'id'>;
	trainerAttendance!: EntityTable<TrainerAttendanceRecord, 'planId'>;
	gemContacts!: EntityTable<GemContacts, 'id'>;
	settings!: EntityTable<SettingsRecord, 'id'>;
	lessonNotes!: EntityTable<LessonNote, 'id'>;
	learnerFacts!: EntityTable<LearnerFact, 'key'>;

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
		this.version(3).stores(SCHEMA_V3);
		this.version(4).stores(SCHEMA_V4);
		this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
		this.version(6).stores(SCHEMA_V6);
		this.version(7).stores(SCHEMA_V7);
		this.version(8).stores(SCHEMA_V8);
		this.version(9).stores(SCHEMA_V9);
	}
}
