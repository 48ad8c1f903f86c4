// Everything Repères stores on the device goes through these intention-named functions;
// components never touch tables. When IndexedDB is missing or a write fails, the
// functions resolve anyway and report a StorageProblem, so the app keeps working.
import { liveQuery, type Observable } from 'dexie';
import { ReperesDb, type Bookmark, type LessonRecord, type ProgressEvent } from './db';
import { activityFunctions } from './activity-store';
import { gemContactFunctions } from './gem-contacts';
import type { LastPosition, LessonState, StorageProblem } from './types';

const LAST_POSITION = 'lastPosition';
const PERSIST_ASKED = 'persistAsked';

export interface RepositoryOptions {
	createDb?: () => ReperesDb;
	now?: () => number;
	/** Asks the browser to keep our data under storage pressure (navigator.storage.persist). */
	requestPersist?: () => Promise<boolean>;
}

function classify(error: unknown): StorageProblem {
	const names = [(error as Error)?.name, (error as { inner?: Error })?.inner?.name];
	if (names.includes('QuotaExceededError')) return { kind: 'plein' };
	if (
		names.some(
			(name) =>
				name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError'
		)
	) {
		return { kind: 'indisponible' };
	}
	if (names.includes('DatabaseClosedError') || names.includes('VersionChangeError'))
		return { kind: 'version' };
	return { kind: 'echec' };
}

const defaultPersist = async () =>
	typeof navigator !== 'undefined' && navigator.storage?.persist
		? navigator.storage.persist()
		: false;

export function createProgressRepository(options: RepositoryOptions = {}) {
	const now = options.now ?? Date.now;
	const problemListeners = new Set<(problem: StorageProblem) => void>();
	let dbPromise: Promise<ReperesDb | null> | null = null;

	const report = (problem: StorageProblem) =>
		problemListeners.forEach((listener) => listener(problem));

	function database(): Promise<ReperesDb | null> {
		dbPromise ??= (async () => {
			try {
				const db = options.createDb?.() ?? new ReperesDb();
				// Another tab opened a newer version: let it upgrade, and ask this reader to reload.
				db.on('versionchange', () => {
					db.close();
					report({ kind: 'version' });
					return false;
				});
				await db.open();
				return db;
			} catch (error) {
				report(classify(error));
				return null;
			}
		})();
		return dbPromise;
	}

	/** Runs a write; on failure reports it and tells the caller, who keeps the change in memory. */
	async function write(action: (db: ReperesDb) => Promise<unknown>): Promise<boolean> {
		const db = await database();
		if (!db) return false;
		try {
			await action(db);
			return true;
		} catch (error) {
			report(classify(error));
			return false;
		}
	}

	const log = (
		db: ReperesDb,
		type: ProgressEvent['type'],
		subject: string,
		detail?: ProgressEvent['detail']
	) => db.events.add({ at: now(), type, subject, ...(detail ? { detail } : {}) });

	async function read<T>(query: (db: ReperesDb) => Promise<T>, fallback: T): Promise<T> {
		const db = await database();
		if (!db) return fallback;
		try {
			return await query(db);
		} catch (error) {
			report(classify(error));
			return fallback;
		}
	}

	async function askPersistenceOnce(db: ReperesDb) {
		if (await db.kv.get(PERSIST_ASKED)) return;
		const granted = await (options.requestPersist ?? defaultPersist)().catch(() => false);
		await db.kv.put({ key: PERSIST_ASKED, value: { at: now(), granted } });
	}

	const activities = activityFunctions({ database, write, read, log, now });

	return {
		...activities,
		...gemContactFunctions({ read, write, now }),

		onProblem(listener: (problem: StorageProblem) => void) {
			problemListeners.add(listener);
			return () => problemListeners.delete(listener);
		},

		/** Whether the database opened; false means read-only mode for this visit. */
		async isAvailable() {
			return (await database()) !== null;
		},

		recordLessonOpened(lessonId: string) {
			return write((db) =>
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
				})
			);
		},

		async markLessonDone(lessonId: string) {
			const saved = await write((db) =>
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
				})
			);
			// The first real progress is the moment to ask the browser to keep our data.
			if (saved) await write(askPersistenceOnce);
			return saved;
		},

		markLessonNotDone(lessonId: string) {
			return write((db) =>
				db.transaction('rw', db.lessons, db.events, async () => {
					await db.lessons.update(lessonId, {
						state: 'en-cours',
						completedAt: undefined,
						updatedAt: now()
					});
					await log(db, 'lesson.reopen', lessonId);
				})
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
					} else {
						await db.bookmarks.put({ ...bookmark, at: now() });
						kept = true;
					}
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

		/** Moves progress stored under a lesson's former identities to its current one. */
		followRenamedLessons(aliases: Record<string, string>) {
			const entries = Object.entries(aliases);
			if (entries.length === 0) return Promise.resolve(true);
			return write((db) =>
				db.transaction('rw', db.lessons, db.kv, async () => {
					for (const [former, current] of entries) {
						const old = await db.lessons.get(former);
						if (old && !(await db.lessons.get(current))) {
							await db.lessons.add({ ...old, id: current, moduleSlug: current.split('/')[0] });
						}
						if (old) await db.lessons.delete(former);
					}
					const position = (await db.kv.get(LAST_POSITION))?.value as LastPosition | undefined;
					if (position && aliases[position.lessonId]) {
						await db.kv.put({
							key: LAST_POSITION,
							value: { ...position, lessonId: aliases[position.lessonId] }
						});
					}
				})
			);
		},

		/** Live view of every started lesson, updated across tabs. */
		async watchLessonStates(): Promise<Observable<Record<string, LessonState>> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(async () => {
				const rows: LessonRecord[] = await db.lessons.toArray();
				return Object.fromEntries(rows.map((row) => [row.id, row.state]));
			});
		},

		async watchLastPosition(): Promise<Observable<LastPosition | null> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(
				async () => ((await db.kv.get(LAST_POSITION))?.value as LastPosition) ?? null
			);
		},

		/** The append-only log, oldest first (for history and future export). */
		history(): Promise<ProgressEvent[]> {
			return read((db) => db.events.orderBy('seq').toArray(), []);
		},

		async close() {
			(await database())?.close();
		}
	};
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;

/** The app's one repository; created on first use so Dexie loads after first paint. */
export const progressRepository = createProgressRepository();
