// What each row of a backup file must look like, table by table. A file that breaks these is
// refused whole (nothing is written). Tables added later without a rule here get the generic
// check: a plain object holding its primary key.

export type Row = Record<string, unknown>;
/** Returns the name of the first bad field, or null when the row is fine. */
export type RowCheck = (row: Row) => string | null;

const isObject = (value: unknown): value is Row =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown) =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

type Rule = (value: unknown) => boolean;
const str: Rule = (value) => typeof value === 'string';
const num: Rule = isNumber;
const optional =
	(rule: Rule): Rule =>
	(value) =>
		value === undefined || rule(value);
const oneOf =
	(...values: string[]): Rule =>
	(value) =>
		values.includes(value as string);
const recordOf =
	(rule: Rule): Rule =>
	(value) =>
		isObject(value) && Object.values(value).every(rule);

/** A check from one rule per field; the first failing field is named. */
const fields =
	(rules: Record<string, Rule>): RowCheck =>
	(row) => {
		for (const [field, rule] of Object.entries(rules)) if (!rule(row[field])) return field;
		return null;
	};

const EVENT_TYPES = [
	'lesson.open',
	'lesson.complete',
	'lesson.reopen',
	'scenario.start',
	'scenario.choice',
	'scenario.end',
	'quiz.answer',
	'progress.restore'
];

const choice: Rule = (value) =>
	isObject(value) && str(value.sceneId) && str(value.choiceId) && num(value.at);
const answer: Rule = (value) =>
	isObject(value) &&
	isStringArray(value.optionIds) &&
	typeof value.correct === 'boolean' &&
	num(value.at);

const runFields = { id: optional(num), subject: str, version: str, startedAt: num, updatedAt: num };
const scenarioRun = fields({
	...runFields,
	choices: (value) => Array.isArray(value) && value.every(choice),
	endedAt: optional(num),
	ending: optional(str)
});
const quizAttempt = fields({
	...runFields,
	answers: recordOf(answer),
	completedAt: optional(num),
	questionVersions: optional(recordOf(str)),
	order: optional(recordOf(isStringArray))
});

export const ROW_CHECKS: Record<string, RowCheck> = {
	lessons: fields({
		id: str,
		moduleSlug: str,
		state: oneOf('en-cours', 'terminee'),
		openedAt: num,
		updatedAt: num,
		completedAt: optional(num)
	}),
	events: fields({
		seq: optional(num),
		at: num,
		type: oneOf(...EVENT_TYPES),
		subject: str,
		detail: optional(isObject)
	}),
	runs: (row) =>
		row.kind === 'scenario' ? scenarioRun(row) : row.kind === 'quiz' ? quizAttempt(row) : 'kind',
	bookmarks: fields({ id: str, titre: str, href: str, at: num }),
	completed: fields({
		key: str,
		firstAt: num,
		lastAt: num,
		count: num,
		endings: optional(isStringArray)
	}),
	kv: fields({ key: str }),
	gemContacts: fields({
		id: oneOf('gem'),
		adresse: str,
		codePorte: str,
		collegue: str,
		collegueTelephone: str,
		parrain: str,
		parrainTelephone: str,
		cmp: str,
		cmpTelephone: str,
		cmpHoraires: str,
		updatedAt: num
	}),
	trainerPlans: fields({ id: str, updatedAt: num }),
	trainerSessions: fields({ planId: str, updatedAt: num }),
	trainerNotes: fields({ id: str, planId: str, text: str, updatedAt: num }),
	trainerAttendance: fields({ planId: str, participants: isStringArray, updatedAt: num }),
	lessonNotes: fields({ id: str, text: str, updatedAt: num }),
	learnerFacts: fields({ key: str, updatedAt: num })
};

export interface TableKey {
	/** Primary key path (Dexie `schema.primKey.keyPath`). */
	keyPath: string | string[] | null;
	/** Auto-incremented key (`++id`): rows may come without it. */
	auto: boolean;
}

const isKey = (value: unknown) => typeof value === 'string' || isNumber(value);

/** The check for any table: its own rule when known, and always an object holding its key. */
export function checkRow(table: string, key: TableKey, row: unknown): string | null {
	if (!isObject(row)) return '(élément entier)';
	const paths = key.keyPath === null ? [] : [key.keyPath].flat();
	for (const path of paths) {
		if (row[path] === undefined && key.auto) continue;
		if (!isKey(row[path])) return path;
	}
	return ROW_CHECKS[table]?.(row) ?? null;
}

export { isObject };
