// Replays one stored device per schema version (tests/fixtures/db/vN.json) through the current
// version: every path vN -> current must keep what the learner did.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReperesDb, SCHEMAS, UPGRADE_SKIPPED } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';
import type { StorageProblem } from '$lib/progress/types';

const CURRENT = Math.max(...Object.keys(SCHEMAS).map(Number));

interface Fixture {
	version: number;
	tables: Record<string, unknown[]>;
	expected: {
		lessons: Record<string, string>;
		completed: string[];
		endings?: Record<string, string[]>;
		latestRun?: Record<string, number>;
		events: number;
		skipped: number;
		/** Tables no upgrade touches: how many rows each must still hold. */
		kept?: Record<string, number>;
	};
}

const DIR = 'tests/fixtures/db';
const fixtures = readdirSync(DIR)
	.filter((file) => /^v\d+\.json$/.test(file))
	.map((file) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Fixture);

async function seed(name: string, fixture: Fixture) {
	const old = new Dexie(name);
	old.version(fixture.version).stores(SCHEMAS[fixture.version]);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
	old.close();
}

describe('every stored schema version upgrades to the current one', () => {
	it('has one fixture per version', () => {
		expect(fixtures.map((f) => f.version).sort()).toEqual(Object.keys(SCHEMAS).map(Number).sort());
	});

	it.each(fixtures.map((f) => [f.version, f] as const))(
		'from version %i',
		async (version, fixture) => {
			const name = `upgrade-fixture-${version}`;
			await seed(name, fixture);
			const problems: StorageProblem[] = [];
			const repository = createProgressRepository({
				createDb: () => new ReperesDb(name),
				mirror: null
			});
			repository.onProblem((problem) => problems.push(problem));
			expect(await repository.isAvailable()).toBe(true);
			await repository.close();

			const db = new ReperesDb(name);
			await db.open();
			expect(db.verno).toBe(CURRENT);
			const lessons = await db.lessons.toArray();
			expect(Object.fromEntries(lessons.map((l) => [l.id, l.state]))).toEqual(
				fixture.expected.lessons
			);
			expect((await db.completed.toCollection().primaryKeys()).sort()).toEqual(
				fixture.expected.completed
			);
			for (const [key, endings] of Object.entries(fixture.expected.endings ?? {}))
				expect((await db.completed.get(key))?.endings?.sort()).toEqual([...endings].sort());
			for (const [subject, id] of Object.entries(fixture.expected.latestRun ?? {}))
				expect((await db.runs.where('subject').equals(subject).reverse().sortBy('id'))[0]?.id).toBe(
					id
				);
			expect(await db.events.count()).toBe(fixture.expected.events);
			for (const [table, count] of Object.entries(fixture.expected.kept ?? {}))
				expect(await db.table(table).count(), table).toBe(count);
			const skipped = (await db.kv.get(UPGRADE_SKIPPED))?.value as { rows: unknown[] } | undefined;
			expect(skipped?.rows.length ?? 0).toBe(fixture.expected.skipped);
			// A row the upgrade could not read is reported once, never as "your last action".
			expect(problems).toEqual(
				fixture.expected.skipped ? [{ kind: 'reprise', count: fixture.expected.skipped }] : []
			);
			db.close();
		}
	);

	it('reads the GEM contacts of a version 7 device through the repository', async () => {
		const fixture = fixtures.find((f) => f.version === 7)!;
		const name = 'upgrade-fixture-7-contacts';
		await seed(name, fixture);
		const repository = createProgressRepository({
			createDb: () => new ReperesDb(name),
			mirror: null
		});
		const { id, updatedAt, ...fields } = fixture.tables.gemContacts[0] as Record<string, unknown>;
		expect([id, typeof updatedAt]).toEqual(['gem', 'number']);
		expect(await repository.readGemContacts()).toEqual(fields);
		await repository.close();
	});

	it('reads the reading settings of a version 8 device through the repository', async () => {
		const fixture = fixtures.find((f) => f.version === 8)!;
		const name = 'upgrade-fixture-8-settings';
		await seed(name, fixture);
		const repository = createProgressRepository({
			createDb: () => new ReperesDb(name),
			mirror: null
		});
		const row = fixture.tables.settings[0] as { value: unknown };
		expect(await repository.readReadingSettings()).toEqual(row.value);
		await repository.close();
	});
});
