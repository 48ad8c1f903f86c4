// Lesson states, the reading position and bookmarks: part of the one progress repository
// (repository.ts composes these functions with the activity ones).
import { liveQuery, type Observable } from 'dexie';
import type { Bookmark, LessonRecord } from './db';
import type { StoreContext } from './activity-store';
import type { LastPosition, LessonState } from './types';

const LAST_POSITION = 'lastPosition';

const ADVANCE: Record<LessonRecord['state'], number> = { 'en-cours': 1, terminee: 2 };

export function lessonFunctions({
	database,
	write,
	read,
	log,
	now,
	measured,
	askPersistenceOnce
}: StoreContext) {
	return {
		async recordLessonOpened(lessonId: string) {
			// Every lesson view calls this: a lesson already known costs one read, no write.
			if (await read((db) => db.lessons.get(lessonId), undefined)) return true;
			return write(
				(db) =>
					db.transaction('rw', db.lessons, db.events, async () => {
						if (await db.lessons.get(lessonId)) return;
						const at = now();
						await db.lessons.add({
							id: lessonId,
							moduleSlug: lessonId.split('/')[0],
							state: 'en-cours',
							openedAt: at,
							updatedAt: at
						});
						await log(db, 'lesson.open', lessonId);
					}),
				{ essential: true }
			);
		},

		async markLessonDone(lessonId: string) {
			const saved = await write(
				(db) =>
					db.transaction('rw', db.lessons, db.events, async () => {
						const at = now();
						const existing = await db.lessons.get(lessonId);
						await db.lessons.put({
							id: lessonId,
							moduleSlug: lessonId.split('/')[0],
							state: 'terminee',
							openedAt: existing?.openedAt ?? at,
							completedAt: at,
							updatedAt: at
						});
						await log(db, 'lesson.complete', lessonId);
					}),
				{ essential: true }
			);
			// The first real progress is the moment to ask the browser to keep our data.
			if (saved) await askPersistenceOnce();
			return saved;
		},

		markLessonNotDone(lessonId: string) {
			return write(
				(db) =>
					db.transaction('rw', db.lessons, db.events, async () => {
						await db.lessons.update(lessonId, {
							state: 'en-cours',
							completedAt: undefined,
							updatedAt: now()
						});
						await log(db, 'lesson.reopen', lessonId);
					}),
				{ essential: true }
			);
		},

		saveLastPosition(lessonId: string, scroll: number) {
			const value: LastPosition = { lessonId, scroll: Math.min(1, Math.max(0, scroll)), at: now() };
			return write((db) => db.kv.put({ key: LAST_POSITION, value }));
		},

		readLastPosition(): Promise<LastPosition | null> {
			return read(
				async (db) => ((await db.kv.get(LAST_POSITION))?.value as LastPosition) ?? null,
				null
			);
		},

		/** Keeps or removes a sheet in "Mes repères"; returns whether it is now kept. */
		async toggleBookmark(bookmark: {
			id: string;
			titre: string;
			href: string;
		}): Promise<boolean | null> {
			let kept: boolean | null = null;
			const saved = await write((db) =>
				db.transaction('rw', db.bookmarks, async () => {
					if (await db.bookmarks.get(bookmark.id)) {
						await db.bookmarks.delete(bookmark.id);
						kept = false;
						return;
					}
					// Newest first must survive a clock set back: never older than the newest kept.
					const newest = (await db.bookmarks.toArray()).reduce((max, b) => Math.max(max, b.at), 0);
					await db.bookmarks.put({ ...bookmark, at: Math.max(now(), newest + 1) });
					kept = true;
				})
			);
			return saved ? kept : null;
		},

		/** Live list of bookmarks, newest first. */
		async watchBookmarks(): Promise<Observable<Bookmark[]> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(async () => (await db.bookmarks.toArray()).sort((a, b) => b.at - a.at));
		},

		/**
		 * Moves progress stored under a lesson's former identities to its current one. When both
		 * exist (an old tab wrote the former id after the rename), the more advanced state wins.
		 */
		async followRenamedLessons(aliases: Record<string, string>) {
			const entries = Object.entries(aliases);
			if (entries.length === 0) return true;
			// Runs on every page load: only write when a former identity is actually stored.
			const found = await read(
				async (db) =>
					(await db.lessons.bulkGet(entries.map(([former]) => former))).some(Boolean) ||
					Boolean(aliases[((await db.kv.get(LAST_POSITION))?.value as LastPosition)?.lessonId]),
				false
			);
			if (!found) return true;
			return write(
				(db) =>
					db.transaction('rw', db.lessons, db.kv, async () => {
						const formers = await db.lessons.bulkGet(entries.map(([former]) => former));
						for (const [index, old] of formers.entries()) {
							if (!old) continue;
							const current = entries[index][1];
							const existing = await db.lessons.get(current);
							if (!existing || ADVANCE[old.state] > ADVANCE[existing.state]) {
								await db.lessons.put({
									...old,
									id: current,
									moduleSlug: current.split('/')[0],
									openedAt: Math.min(old.openedAt, existing?.openedAt ?? old.openedAt)
								});
							}
							await db.lessons.delete(old.id);
						}
						const position = (await db.kv.get(LAST_POSITION))?.value as LastPosition | undefined;
						if (position && aliases[position.lessonId]) {
							await db.kv.put({
								key: LAST_POSITION,
								value: { ...position, lessonId: aliases[position.lessonId] }
							});
						}
					}),
				{ essential: true }
			);
		},

		/** Live view of every started lesson, updated across tabs. */
		async watchLessonStates(): Promise<Observable<Record<string, LessonState>> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(() =>
				measured('lesson-states', async () => {
					const rows: LessonRecord[] = await db.lessons.toArray();
					return Object.fromEntries(rows.map((row) => [row.id, row.state]));
				})
			);
		},

		/** Live view of when each finished lesson was last marked done (ms since 1970). */
		async watchLessonCompletions(): Promise<Observable<Record<string, number>> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(() =>
				measured('lesson-completions', async () => {
					const rows: LessonRecord[] = await db.lessons.toArray();
					return Object.fromEntries(
						rows.flatMap((row) =>
							row.state === 'terminee' && row.completedAt ? [[row.id, row.completedAt]] : []
						)
					);
				})
			);
		},

		async watchLastPosition(): Promise<Observable<LastPosition | null> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(
				async () => ((await db.kv.get(LAST_POSITION))?.value as LastPosition) ?? null
			);
		}
	};
}
