// A fresh repository over its own fake-IndexedDB database, and ways to fill and read it.
import 'fake-indexeddb/auto';
import { ReperesDb } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';
import { readAllTables } from '$lib/backup/restore';

let counter = 0;

export function freshDevice(now = () => 1_700_000_000_000) {
	const name = `backup-test-${++counter}`;
	const db = new ReperesDb(name);
	const repository = createProgressRepository({
		createDb: () => db,
		mirror: null,
		now
	});
	return {
		db,
		repository,
		async fill(tables: Record<string, object[]>) {
			await db.open();
			await db.transaction('rw', db.tables, async () => {
				for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows);
			});
		},
		read: async () => {
			await db.open();
			return readAllTables(db);
		},
		close: () => repository.close()
	};
}

/** Exports the device to the text of a backup file. */
export async function exportText(repository: ReturnType<typeof freshDevice>['repository']) {
	const file = await repository.exportBackup();
	if (!file) throw new Error('export failed');
	return JSON.stringify(file);
}
