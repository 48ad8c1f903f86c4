// Keeps the mirror (mirror.ts) in step with the database, puts back what a browser deleted,
// and checks what is really left after a failed write.
import type { CompletedActivity, LessonRecord, ReperesDb } from './db';
import { essentialsOf, isEmpty, type MirrorStore } from './mirror';
import type { StoredAfterFailure } from './types';

/** Rewrites the mirror from the two small tables it copies. */
export async function saveMirror(db: ReperesDb, mirror: MirrorStore | null) {
	if (!mirror) return;
	try {
		const [lessons, completed] = await db.transaction('r', db.lessons, db.completed, () =>
			Promise.all([db.lessons.toArray(), db.completed.toArray()])
		);
		await mirror.save(essentialsOf(lessons, completed));
	} catch {
		// The database stays the reference; the mirror catches up at the next write.
	}
}

/**
 * Whether the database lost a lesson the mirror knows: the row is gone, or it was finished and
 * the row now there was created after that (the automatic "opened" write that follows a wipe).
 * A lesson the learner reopened keeps its first `openedAt`, so it never looks lost.
 */
const lost = (row: LessonRecord | undefined, [state, at]: [LessonRecord['state'], number]) =>
	!row || (row.openedAt > at && state === 'terminee' && row.state !== state);

/**
 * Adds back what the mirror knows and the database lost (see `lost`). Never removes anything.
 * Returns how many items came back.
 */
export async function restoreFromMirror(
	db: ReperesDb,
	mirror: MirrorStore | null,
	now: () => number
): Promise<number> {
	const copy = await mirror?.load();
	if (!copy || isEmpty(copy)) return 0;
	let count = 0;
	await db.transaction('rw', db.lessons, db.completed, db.events, async () => {
		const lessonIds = Object.keys(copy.lessons);
		const present = await db.lessons.bulkGet(lessonIds);
		const lessons: LessonRecord[] = [];
		lessonIds.forEach((id, index) => {
			const [state, at] = copy.lessons[id];
			const row = present[index];
			if (!lost(row, copy.lessons[id])) return;
			lessons.push({
				id,
				moduleSlug: id.split('/')[0],
				state,
				openedAt: Math.min(at, row?.openedAt ?? at),
				updatedAt: Math.max(at, row?.updatedAt ?? at),
				...(state === 'terminee' ? { completedAt: at } : {})
			});
		});
		const keys = Object.keys(copy.completed);
		const known = await db.completed.bulkGet(keys);
		const completed: CompletedActivity[] = keys
			.filter((_, index) => !known[index])
			.map((key) => {
				const [firstAt, lastAt, done, endings] = copy.completed[key];
				return { key, firstAt, lastAt, count: done, ...(endings ? { endings } : {}) };
			});
		count = lessons.length + completed.length;
		if (!count) return;
		await db.lessons.bulkPut(lessons);
		await db.completed.bulkPut(completed);
		await db.events.add({
			at: now(),
			type: 'progress.restore',
			subject: 'mirror',
			detail: { lessons: lessons.map((l) => l.id), activities: completed.map((c) => c.key) }
		});
	});
	if (count) await saveMirror(db, mirror);
	return count;
}

/** After a failed write: is everything the mirror knows still in the database? */
export async function checkAgainstMirror(
	db: ReperesDb,
	mirror: MirrorStore | null
): Promise<StoredAfterFailure> {
	const copy = await mirror?.load();
	if (!copy) return 'inconnu';
	try {
		const lessonIds = Object.keys(copy.lessons);
		const keys = Object.keys(copy.completed);
		const [lessons, completed] = await Promise.all([
			db.lessons.bulkGet(lessonIds),
			db.completed.bulkGet(keys)
		]);
		const missing =
			lessons.some((row, index) => lost(row, copy.lessons[lessonIds[index]])) ||
			completed.some((row) => !row);
		return missing ? 'efface' : 'intact';
	} catch {
		return 'inconnu';
	}
}
