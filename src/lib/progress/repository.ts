// Everything Repères stores on the device goes through these intention-named functions;
// components never touch tables. When IndexedDB is missing, blocked or failing, the
// functions resolve anyway and report a StorageProblem, so the app keeps working.
import { ReperesDb, UPGRADE_SKIPPED, type ProgressEvent } from './db';
import { activityFunctions, type StoreContext } from './activity-store';
import { lessonFunctions } from './lesson-store';
import { gemContactFunctions } from './gem-contacts';
import { readingSettingsFunctions } from '../reading/settings-store';
import { backupFunctions } from '$lib/backup/backup-store';
import { recordFunctions } from '$lib/record/record-store';
import { noteFunctions } from '$lib/record/notes-store';
import { localStorageMirror, type MirrorStore } from './mirror';
import { checkAgainstMirror, restoreFromMirror, saveMirror } from './mirror-sync';
import { OPEN_TIMEOUT_MS, openInTime } from './open';
import { measured } from './measure';
import type { StorageProblem } from './types';

const PERSIST_ASKED = 'persistAsked';

export interface RepositoryOptions {
	createDb?: () => ReperesDb;
	now?: () => number;
	/** Asks the browser to keep our data under storage pressure (navigator.storage.persist). */
	requestPersist?: () => Promise<boolean>;
	/** The second copy of the essentials; null for none. Default: localStorage where it exists. */
	mirror?: MirrorStore | null;
	/** How long the database may take to open before the page goes on without it. */
	openTimeoutMs?: number;
}

/** The error's name and, for Dexie's wrappers, the browser's own error inside. */
const namesOf = (error: unknown) => [
	(error as Error)?.name,
	(error as { inner?: Error })?.inner?.name
];

function classify(error: unknown): StorageProblem {
	const names = namesOf(error);
	if (names.includes('QuotaExceededError')) return { kind: 'plein', stored: 'inconnu' };
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

/** An open refused by the browser's own storage, not by an upgrade of ours. */
const failedInTheBrowser = (error: unknown) =>
	namesOf(error).some((name) => name === 'UnknownError' || name === 'QuotaExceededError');

const defaultPersist = async () =>
	typeof navigator !== 'undefined' && navigator.storage?.persist
		? navigator.storage.persist()
		: false;

export function createProgressRepository(options: RepositoryOptions = {}) {
	const now = options.now ?? Date.now;
	const mirror = options.mirror === undefined ? localStorageMirror() : options.mirror;
	const problemListeners = new Set<(problem: StorageProblem) => void>();
	// The last problem is kept: a listener that arrives late (the layout subscribes after the
	// page's own components have opened the database) is told at once.
	let lastProblem: StorageProblem | null = null;
	let dbPromise: Promise<ReperesDb | null> | null = null;
	/**
	 * Set as soon as the browser deleted or closed the open database; a promise, so a write
	 * that fails while the mirror is still being read waits for the same notice.
	 */
	let gone: Promise<StorageProblem> | null = null;
	let closedHere = false;
	/** Only a newer version opened in another tab may say "mis à jour dans un autre onglet". */
	let updatedElsewhere = false;

	const report = (problem: StorageProblem) => {
		lastProblem = problem;
		problemListeners.forEach((listener) => listener(problem));
	};

	/** The database went away under the page: whether anything was erased is never claimed. */
	const lost = (kind: 'effacee' | 'fermee') =>
		(gone ??= (async () => {
			const problem: StorageProblem = { kind, copie: Boolean(await mirror?.load()) };
			report(problem);
			return problem;
		})());

	/**
	 * A connection closed without a newer version in another tab was closed by the browser
	 * (a full disk can do it before the 'close' event arrives): say that, not "updated".
	 */
	const problemOf = async (error: unknown): Promise<StorageProblem | null> => {
		if (gone) return gone;
		const problem = classify(error);
		if (problem.kind === 'version' && !updatedElsewhere) {
			await lost('fermee');
			return null;
		}
		return problem;
	};

	/** Version-1 rows the upgrade could not read are kept aside and reported once. */
	async function reportSkippedRows(db: ReperesDb) {
		const skipped = (await db.kv.get(UPGRADE_SKIPPED))?.value as
			{ rows: unknown[]; reported: boolean } | undefined;
		if (!skipped || skipped.reported) return;
		report({ kind: 'reprise', count: skipped.rows.length });
		await db.kv.put({ key: UPGRADE_SKIPPED, value: { ...skipped, reported: true } });
	}

	async function afterOpen(db: ReperesDb) {
		await reportSkippedRows(db).catch(() => {});
		const restored = await restoreFromMirror(db, mirror, now).catch(() => 0);
		if (restored) report({ kind: 'restauree', count: restored });
	}

	function database(): Promise<ReperesDb | null> {
		dbPromise ??= (async () => {
			try {
				const db = options.createDb?.() ?? new ReperesDb();
				// Another tab opened a newer version: let it upgrade, and ask this reader to reload.
				// No new version means the database was deleted under us (a full disk in Chromium):
				// every later write says that, not "updated in another tab".
				let open = false;
				db.on('versionchange', (event: IDBVersionChangeEvent) => {
					open = false;
					db.close();
					if (event.newVersion === null) void lost('effacee');
					else {
						updatedElsewhere = true;
						report({ kind: 'version' });
					}
					return false;
				});
				// The browser closed an open connection itself (disk full, I/O error): whether
				// anything was erased is unknown, and is never claimed.
				db.on('close', () => {
					if (open && !closedHere) void lost('fermee');
				});
				const opened = await openInTime(db, {
					timeoutMs: options.openTimeoutMs ?? OPEN_TIMEOUT_MS,
					onBlocked: () => report({ kind: 'bloquee' }),
					// Later actions of this visit are stored again; the notice still asks to reload,
					// which brings back the live views.
					onLateOpen: () => {
						open = true;
						dbPromise = afterOpen(db).then(() => db);
					}
				});
				if (!opened) {
					report({ kind: 'bloquee' });
					return null;
				}
				open = true;
				await afterOpen(db);
				return db;
			} catch (error) {
				// Chromium fails the open itself ("Internal error opening backing store") when the
				// disk is full or its files are damaged: say what a full disk does, claim nothing.
				if (failedInTheBrowser(error)) {
					report({ kind: 'fermee', copie: Boolean(await mirror?.load()) });
					return null;
				}
				const problem = classify(error);
				// An open that fails otherwise is an upgrade that could not run: not "your last action".
				report(problem.kind === 'echec' ? { kind: 'migration' } : problem);
				return null;
			}
		})();
		return dbPromise;
	}

	/**
	 * Runs a write; on failure reports it and tells the caller, who keeps the change in memory.
	 * Essential writes (lesson states, endings, completions) refresh the mirror afterwards.
	 */
	async function write(
		action: (db: ReperesDb) => Promise<unknown>,
		{ essential = false }: { essential?: boolean } = {}
	): Promise<boolean> {
		const db = await database();
		if (!db) {
			// Read-only for this visit: every attempt to save says so again (the reader may have
			// hidden the notice).
			if (lastProblem) report(lastProblem);
			return false;
		}
		try {
			await action(db);
		} catch (error) {
			// Said again on every failed write (the reader may have hidden the notice).
			if (gone) {
				report(await gone);
				return false;
			}
			const problem = await problemOf(error);
			if (!problem) return false;
			// Never claim the rest is kept without looking: a full disk can make the browser
			// delete the whole database.
			if (problem.kind === 'plein')
				report({ kind: 'plein', stored: await checkAgainstMirror(db, mirror) });
			else report(problem);
			return false;
		}
		if (essential) await saveMirror(db, mirror);
		return true;
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
			const problem = await problemOf(error);
			if (problem) report(problem);
			return fallback;
		}
	}

	async function askPersistence(db: ReperesDb, again: boolean) {
		if (!again && (await db.kv.get(PERSIST_ASKED))) return;
		const granted = await (options.requestPersist ?? defaultPersist)().catch(() => false);
		await db.kv.put({ key: PERSIST_ASKED, value: { at: now(), granted } });
	}

	const context: StoreContext = {
		database,
		write,
		read,
		log,
		now,
		measured,
		askPersistenceOnce: () => write((db) => askPersistence(db, false))
	};

	return {
		...lessonFunctions(context),
		...activityFunctions(context),
		...gemContactFunctions({ read, write, now }),
		...readingSettingsFunctions({ read, write, now }),
		...recordFunctions({ read }),
		...noteFunctions(context),
		...backupFunctions({ database, now, refreshMirror: (db) => saveMirror(db, mirror) }),

		/** Listens for storage problems; the last one already reported is replayed at once. */
		onProblem(listener: (problem: StorageProblem) => void) {
			problemListeners.add(listener);
			if (lastProblem) listener(lastProblem);
			return () => problemListeners.delete(listener);
		},

		/** Whether the database opened; false means read-only mode for this visit. */
		async isAvailable() {
			return (await database()) !== null;
		},

		/** Asks again for persistent storage (the app was just installed). */
		askPersistenceAgain() {
			return write((db) => askPersistence(db, true));
		},

		/** The append-only log, oldest first (for history and future export). */
		history(): Promise<ProgressEvent[]> {
			return read((db) => db.events.orderBy('seq').toArray(), []);
		},

		async close() {
			closedHere = true;
			(await database())?.close();
		}
	};
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;

/** The app's one repository; created on first use so Dexie loads after first paint. */
export const progressRepository = createProgressRepository();
