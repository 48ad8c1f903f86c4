// Replays one fixture of every schema version (tests/fixtures/db/vN.json) into a database of
// that version, then opens it with today's schema: nothing may be lost on the way.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReperesDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V6 } from '$lib/progress/db';

const SCHEMAS: Record<number, Record<string, string>> = {
	1: SCHEMA_V1,
	2: SCHEMA_V2,
	3: SCHEMA_V3,
	4: SCHEMA_V4,
	6: SCHEMA_V6
};
const LATEST = Math.max(...Object.keys(SCHEMAS).map(Number));

const fixtures = readdirSync('tests/fixtures/db')
	.filter((name) => /^v\d+\.json$/.test(name))
	.map((name) => JSON.parse(readFileSync(`tests/fixtures/db/${name}`, 'utf8')))
	.sort((a, b) => a.version - b.version) as {
	version: number;
	tables: Record<string, Record<string, unknown>[]>;
}[];

describe('schema upgrade from every earlier version', () => {
	it('has a fixture for every version', () => {
		expect(fixtures.map((f) => f.version)).toEqual(Object.keys(SCHEMAS).map(Number));
	});

	it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
		'opens a version %i database with today’s schema and keeps its data',
		async (version, fixture) => {
			const name = `upgrade-v${version}-${Math.random()}`;
			const old = new Dexie(name);
			for (const [number, schema] of Object.entries(SCHEMAS)) {
				if (Number(number) <= version) old.version(Number(number)).stores(schema);
			}
			for (const [table, rows] of Object.entries(fixture.tables))
				await old.table(table).bulkAdd(rows);
			old.close();

			const db = new ReperesDb(name);
			await db.open();
			expect(db.verno).toBe(LATEST);
			for (const [table, rows] of Object.entries(fixture.tables)) {
				const stored = await db.table(table).toArray();
				if (version === 1 && table === 'lessons') {
					// Version 2 turned booleans into states.
					expect(stored).toEqual([
						expect.objectContaining({
							id: rows[0].id,
							state: 'terminee',
							completedAt: rows[0].updatedAt
						})
					]);
				} else {
					expect(stored).toEqual(rows);
				}
			}
			db.close();
		}
	);
});
