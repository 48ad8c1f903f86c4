// Every backup file version ever written restores, and a device left at any database version
// (tests/fixtures/db) upgrades, exports and restores to the same progress.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '$lib/progress/db';
import { BACKUP_VERSION } from '$lib/backup/file-format';
import { backupMessage } from '$lib/backup/messages';
import { exportText, freshDevice } from './helpers';

const known = (tables: Record<string, Record<string, unknown>[]>) =>
	new Set([
		...(tables.lessons ?? []).map((row) => `lesson:${row.id}`),
		...(tables.lessonNotes ?? []).map((row) => `lesson:${row.id}`),
		...(tables.runs ?? []).map((row) => `${row.kind}:${row.subject}`),
		...(tables.completed ?? []).map((row) => String(row.key)),
		...(tables.bookmarks ?? []).map((row) => `sheet:${String(row.id).replace('fiche:', '')}`)
	]);

describe('backup file versions', () => {
	const dir = 'tests/fixtures/backup';
	const files = readdirSync(dir).filter((file) => /^v\d+\.json$/.test(file));

	it('has one fixture per file-format version', () => {
		expect(files.map((file) => Number(file.slice(1, -5))).sort()).toEqual(
			Array.from({ length: BACKUP_VERSION }, (_, index) => index + 1)
		);
	});

	it.each(files)('%s restores on a new device', async (file) => {
		const text = readFileSync(`${dir}/${file}`, 'utf8');
		const { tables } = JSON.parse(text);
		const device = freshDevice();
		const read = await device.repository.readBackupFile(text, known(tables));
		if (!read.ok) throw new Error(backupMessage(read.problem));
		expect(await device.repository.restoreBackup(read.backup, 'ajouter')).toEqual({ ok: true });
		const after = await device.read();
		for (const [table, rows] of Object.entries(tables)) expect(after[table], table).toEqual(rows);
		await device.close();
	});
});

describe('devices of every database version', () => {
	const dir = 'tests/fixtures/db';
	const fixtures = readdirSync(dir)
		.filter((file) => /^v\d+\.json$/.test(file))
		.map((file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));

	it.each(fixtures.map((f) => [f.version, f]))(
		'version %i: upgraded, saved to a file and restored, keeps its progress',
		async (version, fixture) => {
			const device = freshDevice();
			const old = new Dexie(device.db.name);
			old.version(version).stores(SCHEMAS[version]);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.tables))
				await old.table(table).bulkAdd(rows as object[]);
			old.close();
			// The repository opens it first, as the app does (it marks skipped rows as reported).
			await device.repository.isAvailable();
			const upgraded = await device.read();
			const text = await exportText(device.repository);
			await device.repository.eraseAllData();
			const read = await device.repository.readBackupFile(text, known(upgraded));
			if (!read.ok) throw new Error(backupMessage(read.problem));
			await device.repository.restoreBackup(read.backup, 'remplacer');
			const after = await device.read();
			expect(Object.fromEntries(after.lessons.map((l) => [l.id, l.state]))).toEqual(
				fixture.expected.lessons
			);
			expect({ ...after, learnerFacts: [] }).toEqual({ ...upgraded, learnerFacts: [] });
			await device.close();
		}
	);
});
