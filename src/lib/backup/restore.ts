// Reads every table of the database and writes a restore in one transaction. Tables are
// iterated from `db.tables`, so a table added by a later version is saved and restored with
// no change here (its merge rule is the default one in merge.ts).
import type { Dexie } from 'dexie';
import { mergeTables } from './merge';
import type { Row, TableKey } from './row-checks';
import type { ReadableBackup } from './read-backup';

export type RestoreMode = 'ajouter' | 'remplacer';

/** Learner fact keys under which rows about removed content are kept, one per restore. */
export const SET_ASIDE_PREFIX = 'miseDeCote:';

export function tableKeys(db: Dexie): Record<string, TableKey> {
	return Object.fromEntries(
		db.tables.map((table) => {
			const { keyPath, auto } = table.schema.primKey;
			return [table.name, { keyPath: keyPath ?? null, auto: Boolean(auto) }];
		})
	);
}

/** Every row of every table, read in one transaction (a consistent copy). */
export function readAllTables(db: Dexie): Promise<Record<string, Row[]>> {
	return db.transaction('r', db.tables, async () => {
		const rows = await Promise.all(db.tables.map((table) => table.toArray()));
		return Object.fromEntries(db.tables.map((table, index) => [table.name, rows[index] as Row[]]));
	});
}

/**
 * Replaces or merges the whole database with the backup, all or nothing: every table is
 * cleared and written inside one transaction, so a quota error or any failure rolls it all back.
 */
export async function writeRestore(
	db: Dexie,
	backup: ReadableBackup,
	mode: RestoreMode,
	now: number
): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		const incoming = backup.tables;
		const target =
			mode === 'remplacer'
				? incoming
				: mergeTables(await readAllTables(db), incoming, tableKeys(db));
		if (backup.setAside.length) {
			const facts = (target.learnerFacts ??= []);
			facts.push({
				key: `${SET_ASIDE_PREFIX}${new Date(now).toISOString()}`,
				value: backup.setAside,
				updatedAt: now
			});
		}
		for (const table of db.tables) {
			await table.clear();
			const rows = target[table.name] ?? [];
			if (rows.length) await table.bulkAdd(rows);
		}
	});
}

/** Empties every table in one transaction ("Effacer mes données"). */
export async function clearAllTables(db: Dexie): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		for (const table of db.tables) await table.clear();
	});
}
