// Findings of the reliability review (shared/reviews/reliability.md) that live in the
// repository: a database that never opens, a full disk, a late listener, renamed lessons,
// a clock set back.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReperesDb, SCHEMA_V4 } from '$lib/progress/db';
import { localStorageMirror, MIRROR_KEY } from '$lib/progress/mirror';
import { createProgressRepository, type RepositoryOptions } from '$lib/progress/repository';
import type { StorageProblem } from '$lib/progress/types';

let counter = 0;
const freshName = () => `integrity-${++counter}`;
const opened: { close: () => unknown }[] = [];

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	} as unknown as Storage & { items: Map<string, string> };
}

function repositoryOn(name: string, options: RepositoryOptions = {}) {
	let clock = 1_000;
	const problems: StorageProblem[] = [];
	const repository = createProgressRepository({
		createDb: () => new ReperesDb(name),
		now: () => (clock += 1_000),
		requestPersist: async () => true,
		mirror: null,
		...options
	});
	repository.onProblem((problem) => problems.push(problem));
	opened.push(repository);
	return Object.assign(repository, { problems });
}

const quota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

afterEach(async () => {
	vi.restoreAllMocks();
	await Promise.all(opened.splice(0).map((item) => item.close()));
});

describe('a database that does not open in time', () => {
	it('goes on read-only after the timeout when open() never answers (Safari hang)', async () => {
		const hanging = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
		const repository = repositoryOn(freshName(), {
			createDb: () => new ReperesDb(freshName(), { indexedDB: hanging }),
			openTimeoutMs: 30
		});
		expect(await repository.markLessonDone('intro/a')).toBe(false);
		expect(await repository.latestScenarioRun('premier-jour')).toBeUndefined();
		expect(await repository.quizAttempt({ id: 'q', version: 'v', questionVersions: {} })).toEqual({
			answers: {},
			order: {}
		});
		// Said once at open, and again at each attempt to save.
		expect(new Set(repository.problems.map((p) => p.kind))).toEqual(new Set(['bloquee']));
	});

	it('says so at once when an old tab blocks the upgrade, then stores again once it lets go', async () => {
		const name = freshName();
		const old = new Dexie(name);
		old.version(4).stores(SCHEMA_V4);
		await old.open();
		// A frozen or old tab that ignores "versionchange".
		old.on('versionchange', () => false);
		const repository = repositoryOn(name, { openTimeoutMs: 50 });
		expect(await repository.markLessonDone('intro/a')).toBe(false);
		expect(repository.problems[0]).toEqual({ kind: 'bloquee' });
		old.close();
		await vi.waitFor(async () => expect(await repository.markLessonDone('intro/b')).toBe(true));
	});
});

describe('the storage notice', () => {
	it('is told about a problem reported before it listened', async () => {
		const repository = createProgressRepository({
			createDb: () => {
				throw new Dexie.MissingAPIError('IndexedDB API missing');
			}
		});
		// A child component opens the database first (quiz, reading position)…
		await repository.recordLessonOpened('intro/a');
		// …the layout subscribes afterwards and must still hear about it.
		const heard: StorageProblem[] = [];
		repository.onProblem((problem) => heard.push(problem));
		expect(heard).toEqual([{ kind: 'indisponible' }]);
	});

	it('reports an upgrade that fails as such, never as "your last action"', async () => {
		const name = freshName();
		const existing = new ReperesDb(name);
		await existing.open();
		existing.close();
		class Broken extends ReperesDb {
			constructor() {
				super(name);
				// One version past the current one, whose upgrade throws.
				this.version(this.verno + 1)
					.stores({ extra: 'id' })
					.upgrade(() => {
						throw new TypeError('boom');
					});
			}
		}
		const repository = repositoryOn(name, { createDb: () => new Broken() });
		expect(await repository.isAvailable()).toBe(false);
		expect(repository.problems).toEqual([{ kind: 'migration' }]);
	});
});

describe('a full disk', () => {
	it('says the browser refused access, not that an upgrade failed, when the open itself fails', async () => {
		const name = freshName();
		const storage = memoryStorage();
		await repositoryOn(name, { mirror: localStorageMirror(storage) }).markLessonDone('intro/a');
		// Chromium, disk full at the next visit: the backing store cannot be opened.
		const refused = () =>
			Object.assign(new ReperesDb(name), {
				open: () =>
					Promise.reject(
						new DOMException(
							'Internal error opening backing store for indexedDB.open.',
							'UnknownError'
						)
					)
			}) as ReperesDb;
		const repository = repositoryOn(name, {
			createDb: refused,
			mirror: localStorageMirror(storage)
		});
		expect(await repository.markLessonDone('intro/b')).toBe(false);
		expect(new Set(repository.problems)).toEqual(new Set([{ kind: 'fermee', copie: true }]));

		const bare = repositoryOn(name, { createDb: refused, mirror: null });
		expect(await bare.isAvailable()).toBe(false);
		expect(bare.problems).toEqual([{ kind: 'fermee', copie: false }]);
	});

	it('says the browser closed access, not "updated in another tab", when a write meets a closed connection', async () => {
		const name = freshName();
		const storage = memoryStorage();
		let db: ReperesDb | undefined;
		const repository = repositoryOn(name, {
			createDb: () => (db = new ReperesDb(name)),
			mirror: localStorageMirror(storage)
		});
		expect(await repository.markLessonDone('intro/a')).toBe(true);
		// Chromium on a full disk: the connection is gone before any event reached the page.
		db!.close();
		expect(await repository.markLessonDone('intro/b')).toBe(false);
		expect(new Set(repository.problems)).toEqual(new Set([{ kind: 'fermee', copie: true }]));
		// Every later attempt says the same again.
		const before = repository.problems.length;
		expect(await repository.markLessonDone('intro/c')).toBe(false);
		expect(repository.problems.length).toBeGreaterThan(before);
		expect(new Set(repository.problems)).toEqual(new Set([{ kind: 'fermee', copie: true }]));
	});

	it('checks what is left before saying it is kept', async () => {
		const storage = memoryStorage();
		const repository = repositoryOn(freshName(), { mirror: localStorageMirror(storage) });
		await repository.markLessonDone('intro/a');
		expect(storage.items.get(MIRROR_KEY)).toMatch(/^z:/);

		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw quota();
		});
		expect(await repository.markLessonDone('intro/b')).toBe(false);
		expect(repository.problems).toEqual([{ kind: 'plein', stored: 'intact' }]);
	});

	it('says progress was erased when the browser deleted it, and rebuilds it at the next visit', async () => {
		const name = freshName();
		const storage = memoryStorage();
		const first = repositoryOn(name, { mirror: localStorageMirror(storage) });
		await first.markLessonDone('intro/a');
		await first.markLessonDone('intro/b');
		const runId = (await first.startScenarioRun('premier-jour', 'v', {}))!;
		await first.recordScenarioStep(runId, { snapshot: {}, ending: 'fin-apaisee' });

		// Chromium on a full disk: the whole database is gone, the next write fails.
		const wiper = new ReperesDb(name);
		await wiper.open();
		await Promise.all([wiper.lessons.clear(), wiper.completed.clear(), wiper.runs.clear()]);
		wiper.close();
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw quota();
		});
		expect(await first.recordLessonOpened('intro/c')).toBe(false);
		expect(first.problems).toEqual([{ kind: 'plein', stored: 'efface' }]);
		vi.restoreAllMocks();
		await first.close();

		const next = repositoryOn(name, { mirror: localStorageMirror(storage) });
		const states = await new Promise((resolve) =>
			next.watchLessonStates().then((o) => o!.subscribe({ next: resolve }))
		);
		expect(states).toEqual({ 'intro/a': 'terminee', 'intro/b': 'terminee' });
		expect(next.problems).toEqual([{ kind: 'restauree', count: 3 }]);
		const done = await new Promise((resolve) =>
			next.watchCompletedActivities().then((o) => o!.subscribe({ next: resolve }))
		);
		expect(done).toEqual(['scenario:premier-jour']);
		expect((await next.history()).at(-1)?.type).toBe('progress.restore');
	});

	it('says the browser deleted the open database, and that the copy will bring it back', async () => {
		const name = freshName();
		const storage = memoryStorage();
		const repository = repositoryOn(name, { mirror: localStorageMirror(storage) });
		await repository.markLessonDone('intro/a');
		// Chromium on a full disk deletes the database under the open page.
		await Dexie.delete(name);
		await vi.waitFor(() => expect(repository.problems).toEqual([{ kind: 'effacee', copie: true }]));
		expect(await repository.markLessonDone('intro/b')).toBe(false);
		expect(repository.problems.at(-1)).toEqual({ kind: 'effacee', copie: true });
		const next = repositoryOn(name, { mirror: localStorageMirror(storage) });
		expect(await next.isAvailable()).toBe(true);
		expect(next.problems).toEqual([{ kind: 'restauree', count: 1 }]);
	});

	it('puts back a finished lesson that a wipe turned into a fresh "en cours" row', async () => {
		const name = freshName();
		const storage = memoryStorage();
		const first = repositoryOn(name, { mirror: localStorageMirror(storage) });
		await first.markLessonDone('intro/a');
		await first.close();
		await Dexie.delete(name);
		// The page's automatic "opened" write lands in the new, empty database first…
		const raw = new ReperesDb(name);
		await raw.lessons.add({
			id: 'intro/a',
			moduleSlug: 'intro',
			state: 'en-cours',
			openedAt: 99_000,
			updatedAt: 99_000
		});
		raw.close();
		const next = repositoryOn(name, { mirror: localStorageMirror(storage) });
		expect(await next.isAvailable()).toBe(true);
		const db = new ReperesDb(name);
		expect((await db.lessons.get('intro/a'))?.state).toBe('terminee');
		db.close();
	});

	it('never brings back a lesson the learner reopened', async () => {
		const name = freshName();
		const storage = memoryStorage();
		const first = repositoryOn(name, { mirror: localStorageMirror(storage) });
		await first.markLessonDone('intro/a');
		await first.markLessonNotDone('intro/a');
		await first.close();
		const next = repositoryOn(name, { mirror: localStorageMirror(storage) });
		expect(await next.isAvailable()).toBe(true);
		expect(next.problems).toEqual([]);
	});

	it('asks for persistent storage again when the app is installed', async () => {
		const requestPersist = vi.fn(async () => true);
		const repository = repositoryOn(freshName(), { requestPersist });
		await repository.markLessonDone('intro/a');
		await repository.askPersistenceAgain();
		expect(requestPersist).toHaveBeenCalledTimes(2);
	});
});

describe('lower findings', () => {
	it('keeps the more advanced state when a renamed lesson exists under both ids', async () => {
		const repository = repositoryOn(freshName());
		await repository.recordLessonOpened('intro/nouveau-nom');
		// An old tab, still on the former id, finishes the lesson after the rename.
		await repository.markLessonDone('intro/ancien-nom');
		await repository.followRenamedLessons({ 'intro/ancien-nom': 'intro/nouveau-nom' });
		const states = await new Promise((resolve) =>
			repository.watchLessonStates().then((o) => o!.subscribe({ next: resolve }))
		);
		expect(states).toEqual({ 'intro/nouveau-nom': 'terminee' });
	});

	it('lists a new bookmark first even when the clock was set back', async () => {
		let clock = 100_000_000;
		const repository = repositoryOn(freshName(), { now: () => clock });
		await repository.toggleBookmark({ id: 'fiche:a', titre: 'A', href: '/fiches/a/' });
		clock -= 90_000_000;
		await repository.toggleBookmark({ id: 'fiche:b', titre: 'B', href: '/fiches/b/' });
		const list = await new Promise<{ id: string }[]>((resolve) =>
			repository.watchBookmarks().then((o) => o!.subscribe({ next: resolve }))
		);
		expect(list.map((b) => b.id)).toEqual(['fiche:b', 'fiche:a']);
	});
});
