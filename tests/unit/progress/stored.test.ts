// A first visit leaves the database alone until the reader does something worth keeping;
// any doubt about what the device holds loads it (a backup copy to restore, no IndexedDB to
// report, a browser without indexedDB.databases()).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, MIRROR_KEY } from '$lib/progress/storage-names';
import { mayHoldData } from '$lib/progress/stored';

const storageWith = (items: Record<string, string>) => ({
	getItem: (key: string) => items[key] ?? null
});

describe('mayHoldData', () => {
	it('is false only when the browser lists no Repères database and no backup copy exists', async () => {
		expect(await mayHoldData({ databases: async () => [], storage: storageWith({}) })).toBe(false);
		expect(
			await mayHoldData({ databases: async () => [{ name: 'autre' }], storage: storageWith({}) })
		).toBe(false);
	});

	it('is true when the database exists', async () => {
		expect(
			await mayHoldData({ databases: async () => [{ name: DB_NAME }], storage: storageWith({}) })
		).toBe(true);
	});

	it('is true when only the backup copy is left (the browser erased the database)', async () => {
		expect(
			await mayHoldData({
				databases: async () => [],
				storage: storageWith({ [MIRROR_KEY]: 'z:abc' })
			})
		).toBe(true);
	});

	it('is true on any doubt: no databases() in this browser, or an error', async () => {
		expect(await mayHoldData({ storage: storageWith({}) })).toBe(true);
		expect(
			await mayHoldData({
				databases: () => Promise.reject(new DOMException('refusé', 'SecurityError')),
				storage: null
			})
		).toBe(true);
	});
});

describe('whenStored', () => {
	beforeEach(async () => {
		vi.resetModules();
		await new Promise<void>((resolve) => {
			indexedDB.deleteDatabase(DB_NAME).onsuccess = () => resolve();
		});
	});

	const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

	it('on a first visit, reads nothing and waits for the first write to load the repository', async () => {
		const live = await import('$lib/progress/live.svelte');
		const reads: unknown[] = [];
		let nothing = 0;
		live.whenStored(
			(repo) => reads.push(repo),
			() => nothing++
		);
		await flush();
		expect(nothing).toBe(1);
		expect(reads).toEqual([]);
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
		expect(await live.storedRepository()).toBeNull();

		const repo = await live.repository();
		expect(reads).toEqual([repo]);
		expect(await live.storedRepository()).toBe(repo);
		await repo.close();
	});

	it('reads at once when the device holds data, and a cancelled read never runs', async () => {
		const first = await import('$lib/progress/live.svelte');
		const repo = await first.repository();
		expect(await repo.markLessonDone('intro/a')).toBe(true);
		await repo.close();

		vi.resetModules();
		const live = await import('$lib/progress/live.svelte');
		const reads: unknown[] = [];
		live.whenStored((found) => reads.push(found));
		const cancel = live.whenStored((found) => reads.push(['annulée', found]));
		cancel();
		await flush();
		expect(reads).toHaveLength(1);
		await (await live.repository()).close();
	});
});
