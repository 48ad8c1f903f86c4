// The one IndexedDB database of Repères. Every version stays here forever: a device may
// still hold any of them, and Dexie upgrades it step by step.
import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';

export const DB_NAME = 'reperes';

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
		| 'quiz.answer';
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
 * Version 7 adds the GEM's own contacts for the emergency card (a new table: nothing to
 * migrate). Versions 5 and 6 come from other branches; at merge, this one extends theirs.
 */
export const SCHEMA_V7 = { ...SCHEMA_V4, gemContacts: 'id' };

async function upgradeToV2(tx: Transaction) {
	const events: ProgressEvent[] = [];
	await tx
		.table('lessons')
		.toCollection()
		.modify((row: Record<string, unknown>) => {
			const old = row as unknown as LessonRecordV1;
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
}

export class ReperesDb extends Dexie {
	lessons!: EntityTable<LessonRecord, 'id'>;
	events!: EntityTable<ProgressEvent, 'seq'>;
	kv!: EntityTable<KeyValue, 'key'>;
	runs!: EntityTable<ActivityRecord, 'id'>;
	bookmarks!: EntityTable<Bookmark, 'id'>;
	gemContacts!: EntityTable<GemContacts, 'id'>;

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
		this.version(3).stores(SCHEMA_V3);
		this.version(4).stores(SCHEMA_V4);
		this.version(7).stores(SCHEMA_V7);
	}
}
