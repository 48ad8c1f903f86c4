// Property tests (fast-check): any device round-trips through a file; merge is commutative on
// states and idempotent; any corruption of a valid file is refused with the database untouched.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTables } from '$lib/backup/merge';
import { tableKeys } from '$lib/backup/restore';
import { ReperesDb } from '$lib/progress/db';
import type { Row } from '$lib/backup/row-checks';
import { device, KNOWN } from './arbitraries';
import { exportText, freshDevice } from './helpers';

const KEYS = tableKeys(new ReperesDb('keys-only'));
const withoutFacts = (tables: Record<string, Row[]>) => ({ ...tables, learnerFacts: [] });

/** What a learner sees of a set of tables: states, finished activities, the log, what is kept. */
function states(tables: Record<string, Row[]>) {
	const sorted = (values: string[]) => [...values].sort();
	return {
		lessons: Object.fromEntries(tables.lessons.map((row) => [row.id, row.state])),
		completed: sorted(tables.completed.map((row) => JSON.stringify([row.key, row.endings ?? []]))),
		events: sorted(
			tables.events.map((row) => JSON.stringify([row.at, row.type, row.subject, row.detail]))
		),
		runs: sorted(
			tables.runs.map((row) =>
				JSON.stringify([row.kind, row.subject, row.kind === 'quiz' ? row.version : row.startedAt])
			)
		),
		bookmarks: sorted(tables.bookmarks.map((row) => String(row.id))),
		notes: sorted(tables.lessonNotes.map((row) => String(row.id)))
	};
}

// Each run opens its own IndexedDB database: generous timeouts for a busy machine.
describe('backup properties', () => {
	it('any device exported, erased and restored (replace) holds identical data', async () => {
		await fc.assert(
			fc.asyncProperty(device, async (tables) => {
				const phone = freshDevice();
				await phone.fill(tables);
				const before = await phone.read();
				const text = await exportText(phone.repository);
				await phone.repository.eraseAllData();
				const read = await phone.repository.readBackupFile(text, KNOWN);
				expect(read.ok).toBe(true);
				if (read.ok) await phone.repository.restoreBackup(read.backup, 'remplacer');
				expect(withoutFacts(await phone.read())).toEqual(withoutFacts(before));
				await phone.close();
			}),
			{ numRuns: 40 }
		);
	}, 60_000);

	it('merge is commutative on states', () => {
		fc.assert(
			fc.property(device, device, (a, b) => {
				expect(states(mergeTables(a, b, KEYS))).toEqual(states(mergeTables(b, a, KEYS)));
			}),
			{ numRuns: 300 }
		);
	});

	it('merge is idempotent: adding the same data twice changes nothing', () => {
		fc.assert(
			fc.property(device, device, (a, b) => {
				expect(mergeTables(a, a, KEYS).events).toEqual(a.events);
				expect(states(mergeTables(a, a, KEYS))).toEqual(states(a as Record<string, Row[]>));
				const once = mergeTables(a, b, KEYS);
				expect(mergeTables(once, b, KEYS)).toEqual(once);
			}),
			{ numRuns: 300 }
		);
	});

	it('a finished lesson is never set back to "en cours" by a merge', () => {
		fc.assert(
			fc.property(device, device, (a, b) => {
				const merged = states(mergeTables(a, b, KEYS)).lessons;
				for (const row of [...a.lessons, ...b.lessons])
					if (row.state === 'terminee') expect(merged[row.id]).toBe('terminee');
			}),
			{ numRuns: 300 }
		);
	});

	type Json = unknown;
	/** Every place in a parsed file: its parent and key. */
	function places(value: Json, out: [Record<string, Json> | Json[], string | number][] = []) {
		if (value && typeof value === 'object') {
			for (const key of Object.keys(value)) {
				const index = Array.isArray(value) ? Number(key) : key;
				out.push([value as Record<string, Json>, index]);
				places((value as Record<string, Json>)[key], out);
			}
		}
		return out;
	}

	const corruption = fc.oneof(
		fc.record({
			kind: fc.constant('truncate'),
			at: fc.double({ min: 0, max: 0.999, noNaN: true })
		}),
		fc.record({
			kind: fc.constant('flip'),
			at: fc.double({ min: 0, max: 0.999, noNaN: true }),
			char: fc.integer({ min: 0x20, max: 0x7e })
		}),
		fc.record({ kind: fc.constant('remove'), at: fc.nat() }),
		fc.record({ kind: fc.constant('retype'), at: fc.nat() })
	);

	function corrupt(text: string, change: Record<string, number | string>) {
		if (change.kind === 'truncate')
			return text.slice(0, Math.floor(text.length * Number(change.at)));
		if (change.kind === 'flip') {
			const at = Math.floor(text.length * Number(change.at));
			let char = String.fromCharCode(Number(change.char));
			if (char === text[at]) char = char === 'x' ? 'y' : 'x';
			return text.slice(0, at) + char + text.slice(at + 1);
		}
		const file = JSON.parse(text);
		const all = places(file);
		const [parent, key] = all[Number(change.at) % all.length];
		if (change.kind === 'remove') {
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete parent[key as string];
		} else {
			const value = (parent as Record<string, Json>)[key as string];
			(parent as Record<string, Json>)[key as string] =
				typeof value === 'string' ? 42 : typeof value === 'number' ? String(value) : 'changé';
		}
		return JSON.stringify(file);
	}

	it('any corruption of a valid file is refused, the database untouched', async () => {
		await fc.assert(
			fc.asyncProperty(device, corruption, async (tables, change) => {
				const phone = freshDevice();
				await phone.fill(tables);
				const text = await exportText(phone.repository);
				const before = await phone.read();
				const read = await phone.repository.readBackupFile(corrupt(text, change), KNOWN);
				expect(read.ok).toBe(false);
				expect(await phone.read()).toEqual(before);
				await phone.close();
			}),
			{ numRuns: 100 }
		);
	}, 60_000);
});
