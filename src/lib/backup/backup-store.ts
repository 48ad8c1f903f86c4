// Backup, restore, erase and the learner's own facts: part of the one progress repository
// (repository.ts composes these functions). Restore and erase answer with what happened, so
// the backup page can say it; they never half-write (restore.ts).
import type { ReperesDb } from '$lib/progress/db';
import { buildBackupFile, type BackupFile } from './file-format';
import { readBackup, type ReadResult, type ReadableBackup } from './read-backup';
import {
	clearAllTables,
	readAllTables,
	tableKeys,
	writeRestore,
	type RestoreMode
} from './restore';
import type { BackupProblem } from './messages';
import { FACTS } from './facts';
import { PROGRESS_EVENTS, type ReminderState } from './reminder';

export interface BackupContext {
	database: () => Promise<ReperesDb | null>;
	now: () => number;
	/** Rewrites the localStorage copy of the essentials from the database as it now is. */
	refreshMirror: (db: ReperesDb) => Promise<void>;
}

export type Outcome = { ok: true } | { ok: false; problem: BackupProblem };

const failure = (error: unknown): Outcome => {
	const names = [(error as Error)?.name, (error as { inner?: Error })?.inner?.name];
	return { ok: false, problem: { kind: names.includes('QuotaExceededError') ? 'plein' : 'echec' } };
};

export function backupFunctions({ database, now, refreshMirror }: BackupContext) {
	async function saveFact(key: string, value: unknown): Promise<boolean> {
		const db = await database();
		if (!db) return false;
		try {
			await db.learnerFacts.put({ key, value, updatedAt: now() });
			return true;
		} catch {
			return false;
		}
	}

	return {
		/** Every table, as a backup file; null when storage cannot be read. */
		async exportBackup(): Promise<BackupFile | null> {
			const db = await database();
			if (!db) return null;
			const file = await buildBackupFile(await readAllTables(db), db.verno, new Date(now()));
			await saveFact(FACTS.lastBackupAt, now());
			return file;
		},

		/** Checks a file and says what it holds, without writing anything. */
		async readBackupFile(text: string, known: Set<string>): Promise<ReadResult> {
			const db = await database();
			if (!db) return { ok: false, problem: { kind: 'indisponible' } };
			return readBackup(text, { schemaVersion: db.verno, tables: tableKeys(db), known });
		},

		/** Writes a checked backup, merged or in place of everything, all or nothing. */
		async restoreBackup(backup: ReadableBackup, mode: RestoreMode): Promise<Outcome> {
			const db = await database();
			if (!db) return { ok: false, problem: { kind: 'indisponible' } };
			try {
				await writeRestore(db, backup, mode, now());
			} catch (error) {
				return failure(error);
			}
			await refreshMirror(db);
			return { ok: true };
		},

		/** Erases everything Repères stored on this device, the backup copy included. */
		async eraseAllData(): Promise<Outcome> {
			const db = await database();
			if (!db) return { ok: false, problem: { kind: 'indisponible' } };
			try {
				await clearAllTables(db);
			} catch (error) {
				return failure(error);
			}
			await refreshMirror(db);
			return { ok: true };
		},

		async readFact<T>(key: string): Promise<T | undefined> {
			const db = await database();
			if (!db) return undefined;
			try {
				return (await db.learnerFacts.get(key))?.value as T | undefined;
			} catch {
				return undefined;
			}
		},

		saveFact,

		/** What the backup reminder needs: the first progress since the last file, the last dismissal. */
		async reminderState(): Promise<ReminderState> {
			const db = await database();
			if (!db) return {};
			try {
				const facts = await db.learnerFacts.bulkGet([
					FACTS.lastBackupAt,
					FACTS.reminderDismissedAt
				]);
				const savedAt = (facts[0]?.value as number | undefined) ?? 0;
				// The log is in time order: the first match is the oldest unsaved progress.
				const first = await db.events
					.filter((event) => event.at > savedAt && PROGRESS_EVENTS.includes(event.type))
					.first();
				return { firstUnsavedAt: first?.at, dismissedAt: facts[1]?.value as number | undefined };
			} catch {
				return {};
			}
		}
	};
}
