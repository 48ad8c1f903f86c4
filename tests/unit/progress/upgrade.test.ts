// Replays every stored device fixture (tests/fixtures/db/*.json): a database left at that
// schema version by an older Repères opens with today's code, upgraded, with nothing lost.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReperesDb } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';

interface DeviceFixture {
	description: string;
	version: number;
	schema: Record<string, string>;
	tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = import.meta.glob<DeviceFixture>('../../fixtures/db/*.json', {
	eager: true,
	import: 'default'
});

let counter = 0;
const opened: { close: () => unknown }[] = [];
afterEach(async () => {
	await Promise.all(opened.splice(0).map((item) => item.close()));
});

async function seed(fixture: DeviceFixture) {
	const name = `reperes-fixture-${++counter}`;
	const old = new Dexie(name);
	old.version(fixture.version).stores(fixture.schema);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
	old.close();
	return name;
}

describe('every stored device fixture upgrades to the current schema', () => {
	it('has at least the version 7 fixture', () => {
		expect(Object.values(fixtures).map((f) => f.version)).toContain(7);
	});

	for (const [file, fixture] of Object.entries(fixtures)) {
		it(`${file.split('/').pop()} (version ${fixture.version}) keeps every row`, async () => {
			const name = await seed(fixture);
			const db = new ReperesDb(name);
			opened.push(db);
			await db.open();
			expect(db.verno).toBeGreaterThanOrEqual(fixture.version);
			for (const [table, rows] of Object.entries(fixture.tables)) {
				expect(await db.table(table).toArray(), table).toEqual(rows);
			}
		});
	}

	it('reads the GEM contacts of a version 7 device through the repository', async () => {
		const fixture = Object.values(fixtures).find((f) => f.version === 7)!;
		const name = await seed(fixture);
		const repository = createProgressRepository({ createDb: () => new ReperesDb(name) });
		opened.push(repository);
		const { id, updatedAt, ...fields } = fixture.tables.gemContacts[0];
		expect([id, typeof updatedAt]).toEqual(['gem', 'number']);
		expect(await repository.readGemContacts()).toEqual(fields);
	});
});
