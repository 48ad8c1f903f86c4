// "Ajouter à mes données": the union of what the device holds and what the file holds, table
// by table, as a pure function (restore.ts writes the result in one transaction).
//
// Rules: a lesson *terminée* beats *en cours*; scenario runs are one run per scenario and start
// time, quiz attempts one per check and version, never duplicated (the more advanced run wins;
// a check keeps the latest answer per question); finished activities add up their endings; the
// event log is the union without duplicates; bookmarks, notes, contacts, trainer data, the
// learner's facts and any table added later keep the record with the latest `updatedAt` (`at`
// for bookmarks), the incoming one when neither is later. Device settings (`kv`) stay the
// device's own, except the reading position, where the latest wins.
import type { Row, TableKey } from './row-checks';

type Tables = Record<string, Row[]>;

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const keyOf = (row: Row, key: TableKey) =>
	JSON.stringify([key.keyPath ?? []].flat().map((path) => row[path]));

/** Latest by `field`; on a tie, the incoming record. */
const latestBy =
	(field: string) =>
	(local: Row, incoming: Row): Row =>
		num(local[field]) > num(incoming[field]) ? local : incoming;

const ADVANCE: Record<string, number> = { 'en-cours': 1, terminee: 2 };

function mergeLesson(local: Row, incoming: Row): Row {
	const rank = (row: Row) => ADVANCE[row.state as string] ?? 0;
	const winner =
		rank(local) !== rank(incoming)
			? rank(local) > rank(incoming)
				? local
				: incoming
			: latestBy('updatedAt')(local, incoming);
	return { ...winner, openedAt: Math.min(num(local.openedAt), num(incoming.openedAt)) };
}

function mergeCompleted(local: Row, incoming: Row): Row {
	const endings = [
		...new Set([...((local.endings as string[]) ?? []), ...((incoming.endings as string[]) ?? [])])
	].sort();
	return {
		key: local.key,
		firstAt: Math.min(num(local.firstAt), num(incoming.firstAt)),
		lastAt: Math.max(num(local.lastAt), num(incoming.lastAt)),
		count: Math.max(num(local.count), num(incoming.count)),
		...(endings.length ? { endings } : {})
	};
}

/** Device settings: the device keeps its own (option-order seed…), the latest position wins. */
function mergeKv(local: Row, incoming: Row): Row {
	if (local.key !== 'lastPosition') return local;
	const at = (row: Row) => num((row.value as { at?: unknown } | null)?.at);
	return at(local) > at(incoming) ? local : incoming;
}

const RULES: Record<string, (local: Row, incoming: Row) => Row> = {
	lessons: mergeLesson,
	completed: mergeCompleted,
	bookmarks: latestBy('at'),
	kv: mergeKv
};

/** Keyed tables: the union by primary key, each pair decided by the table's rule. */
function mergeByKey(table: string, key: TableKey, local: Row[], incoming: Row[]): Row[] {
	const rule = RULES[table] ?? latestBy('updatedAt');
	const merged = new Map(local.map((row) => [keyOf(row, key), row]));
	for (const row of incoming) {
		const id = keyOf(row, key);
		const mine = merged.get(id);
		merged.set(id, mine ? rule(mine, row) : row);
	}
	return [...merged.values()];
}

/** Appends rows new to the device with fresh keys after the device's own, oldest first. */
function appendWithNewKeys(kept: Row[], added: Row[], keyPath: string, time: string): Row[] {
	let next = Math.max(0, ...kept.map((row) => num(row[keyPath]))) + 1;
	const sorted = [...added].sort((a, b) => num(a[time]) - num(b[time]));
	return [...kept, ...sorted.map((row) => ({ ...row, [keyPath]: next++ }))];
}

const eventIdentity = (row: Row) =>
	JSON.stringify([row.at, row.type, row.subject, row.detail ?? null]);

function mergeEvents(local: Row[], incoming: Row[]): Row[] {
	const seen = new Set(local.map(eventIdentity));
	const added: Row[] = [];
	for (const row of incoming) {
		const identity = eventIdentity(row);
		if (seen.has(identity)) continue;
		seen.add(identity);
		added.push(row);
	}
	return appendWithNewKeys(local, added, 'seq', 'at');
}

/** A scenario run is identified by its scenario and start; a check attempt by check and version. */
const runIdentity = (row: Row) =>
	row.kind === 'quiz'
		? JSON.stringify(['quiz', row.subject, row.version])
		: JSON.stringify(['scenario', row.subject, row.startedAt]);

const runAdvance = (row: Row) => [row.endedAt ? 1 : 0, (row.choices as unknown[])?.length ?? 0];

function mergeScenarioRun(local: Row, incoming: Row): Row {
	const [a, b] = [runAdvance(local), runAdvance(incoming)];
	const winner =
		a[0] !== b[0] || a[1] !== b[1]
			? a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])
				? local
				: incoming
			: latestBy('updatedAt')(local, incoming);
	return { ...winner, id: local.id };
}

type Answer = { at: number };

/** `{ [field]: a[field] ∪ b[field] }` (b's entries win), or nothing when neither holds it. */
const union = (field: string, a: Row, b: Row) =>
	a[field] === undefined && b[field] === undefined
		? {}
		: { [field]: { ...(a[field] as object), ...(b[field] as object) } };

function mergeQuizAttempt(local: Row, incoming: Row): Row {
	const answers: Record<string, Answer> = { ...(local.answers as Record<string, Answer>) };
	for (const [question, answer] of Object.entries(incoming.answers as Record<string, Answer>)) {
		if (!answers[question] || answer.at >= answers[question].at) answers[question] = answer;
	}
	const completed = [local.completedAt, incoming.completedAt].filter((at) => at !== undefined);
	return {
		...local,
		startedAt: Math.min(num(local.startedAt), num(incoming.startedAt)),
		updatedAt: Math.max(num(local.updatedAt), num(incoming.updatedAt)),
		answers,
		// The device keeps the option order it already shows; new questions bring theirs.
		...union('order', incoming, local),
		...union('questionVersions', local, incoming),
		...(completed.length ? { completedAt: Math.min(...completed.map(num)) } : {})
	};
}

function mergeRuns(local: Row[], incoming: Row[]): Row[] {
	const runs = new Map<string, { row: Row; local: boolean }>();
	for (const row of local) {
		// Two runs of the device with one identity stay two: nothing of the device is ever lost.
		const identity = runs.has(runIdentity(row))
			? `${runIdentity(row)}#${row.id}`
			: runIdentity(row);
		runs.set(identity, { row, local: true });
	}
	for (const row of incoming) {
		const identity = runIdentity(row);
		const entry = runs.get(identity);
		if (!entry) runs.set(identity, { row, local: false });
		else {
			const merge = row.kind === 'quiz' ? mergeQuizAttempt : mergeScenarioRun;
			runs.set(identity, { row: merge(entry.row, row), local: entry.local });
		}
	}
	const entries = [...runs.values()];
	return appendWithNewKeys(
		entries.filter((entry) => entry.local).map((entry) => entry.row),
		entries.filter((entry) => !entry.local).map((entry) => entry.row),
		'id',
		'startedAt'
	);
}

/** The union of two sets of tables, table by table (every table of `keys`). */
export function mergeTables(local: Tables, incoming: Tables, keys: Record<string, TableKey>) {
	const merged: Tables = {};
	for (const [table, key] of Object.entries(keys)) {
		const mine = local[table] ?? [];
		const theirs = incoming[table] ?? [];
		if (table === 'events') merged[table] = mergeEvents(mine, theirs);
		else if (table === 'runs') merged[table] = mergeRuns(mine, theirs);
		else merged[table] = mergeByKey(table, key, mine, theirs);
	}
	return merged;
}
