import 'fake-indexeddb/auto';
import { Dexie, type Observable } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReperesDb, SCHEMAS, SCHEMA_V1, type LessonRecordV1 } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';
import type { StorageProblem } from '$lib/progress/types';

let counter = 0;
const freshName = () => `reperes-test-${++counter}`;
const opened: { close: () => unknown }[] = [];

function repositoryOn(name: string, options: Parameters<typeof createProgressRepository>[0] = {}) {
	let clock = 1_000;
	const repository = createProgressRepository({
		createDb: () => new ReperesDb(name),
		now: () => (clock += 1_000),
		requestPersist: vi.fn(async () => true),
		mirror: null,
		...options
	});
	opened.push(repository);
	return repository;
}

/** First value a Dexie liveQuery emits that satisfies a predicate. */
function firstMatching<T>(observable: Observable<T>, predicate: (value: T) => boolean) {
	return new Promise<T>((resolve) => {
		const subscription = observable.subscribe({
			next: (value) => {
				if (predicate(value)) {
					resolve(value);
					queueMicrotask(() => subscription.unsubscribe());
				}
			}
		});
	});
}

afterEach(async () => {
	await Promise.all(opened.splice(0).map((item) => item.close()));
});

describe('lesson progress', () => {
	it('moves a lesson from non commencée to en cours to terminée, and back', async () => {
		const repository = repositoryOn(freshName());
		const states = (await repository.watchLessonStates())!;
		expect(await firstMatching(states, () => true)).toEqual({});

		await repository.recordLessonOpened('intro/qu-est-ce');
		expect(await firstMatching(states, (s) => 'intro/qu-est-ce' in s)).toEqual({
			'intro/qu-est-ce': 'en-cours'
		});

		await repository.markLessonDone('intro/qu-est-ce');
		expect(await firstMatching(states, (s) => s['intro/qu-est-ce'] === 'terminee')).toEqual({
			'intro/qu-est-ce': 'terminee'
		});

		// Opening a finished lesson again does not undo it.
		await repository.recordLessonOpened('intro/qu-est-ce');
		await repository.markLessonNotDone('intro/qu-est-ce');
		expect(await firstMatching(states, (s) => s['intro/qu-est-ce'] === 'en-cours')).toEqual({
			'intro/qu-est-ce': 'en-cours'
		});
		expect((await repository.history()).map((event) => event.type)).toEqual([
			'lesson.open',
			'lesson.complete',
			'lesson.reopen'
		]);
	});

	it('gives when each finished lesson was last marked done, and forgets it when reopened', async () => {
		let time = 0;
		const repository = repositoryOn(freshName(), { now: () => time });
		const completions = (await repository.watchLessonCompletions())!;
		time = 1_000;
		await repository.recordLessonOpened('m/a');
		time = 2_000;
		await repository.markLessonDone('m/a');
		time = 3_000;
		await repository.markLessonDone('m/b');
		expect(await firstMatching(completions, (v) => Object.keys(v).length === 2)).toEqual({
			'm/a': 2_000,
			'm/b': 3_000
		});
		await repository.markLessonNotDone('m/a');
		expect(await firstMatching(completions, (v) => !('m/a' in v))).toEqual({ 'm/b': 3_000 });
		time = 9_000;
		await repository.markLessonDone('m/a');
		expect(await firstMatching(completions, (v) => 'm/a' in v)).toEqual({
			'm/a': 9_000,
			'm/b': 3_000
		});
	});

	it('sees a change made through another connection (another tab)', async () => {
		const name = freshName();
		const tabA = repositoryOn(name);
		const tabB = repositoryOn(name);
		const statesInB = (await tabB.watchLessonStates())!;
		await tabA.markLessonDone('intro/pour-qui');
		expect(await firstMatching(statesInB, (s) => s['intro/pour-qui'] === 'terminee')).toEqual({
			'intro/pour-qui': 'terminee'
		});
	});

	it('asks the browser to keep the data once, after the first lesson is finished', async () => {
		const requestPersist = vi.fn(async () => true);
		const repository = repositoryOn(freshName(), { requestPersist });
		await repository.recordLessonOpened('intro/a');
		expect(requestPersist).not.toHaveBeenCalled();
		await repository.markLessonDone('intro/a');
		await repository.markLessonDone('intro/b');
		expect(requestPersist).toHaveBeenCalledTimes(1);
	});

	it('remembers the last position, clamped between 0 and 1', async () => {
		const repository = repositoryOn(freshName());
		expect(await repository.readLastPosition()).toBeNull();
		await repository.saveLastPosition('intro/a', 0.42);
		await repository.saveLastPosition('intro/b', 3);
		expect(await repository.readLastPosition()).toEqual({
			lessonId: 'intro/b',
			scroll: 1,
			at: expect.any(Number)
		});
	});

	it('moves progress of a renamed lesson to its new identity', async () => {
		const repository = repositoryOn(freshName());
		await repository.markLessonDone('intro/ancien-nom');
		await repository.saveLastPosition('intro/ancien-nom', 0.5);
		await repository.followRenamedLessons({ 'intro/ancien-nom': 'intro/nouveau-nom' });
		const states = (await repository.watchLessonStates())!;
		expect(await firstMatching(states, () => true)).toEqual({ 'intro/nouveau-nom': 'terminee' });
		expect((await repository.readLastPosition())?.lessonId).toBe('intro/nouveau-nom');
	});
});

describe('schema upgrade from the first version', () => {
	it('turns version 1 booleans into states and starts the event log from them', async () => {
		const name = freshName();
		const v1 = new Dexie(name);
		v1.version(1).stores(SCHEMA_V1);
		const rows: LessonRecordV1[] = [
			{ id: 'introduction-aux-gem/qu-est-ce', done: true, updatedAt: 5_000 },
			{ id: 'introduction-aux-gem/pour-qui', done: false, updatedAt: 3_000 }
		];
		await v1.table('lessons').bulkAdd(rows);
		await v1.table('kv').put({
			key: 'lastPosition',
			value: { lessonId: 'introduction-aux-gem/pour-qui', scroll: 0.3, at: 3_000 }
		});
		v1.close();

		const db = new ReperesDb(name);
		await db.open();
		expect(db.verno).toBe(Math.max(...Object.keys(SCHEMAS).map(Number)));
		expect(await db.lessons.orderBy('id').toArray()).toEqual([
			{
				id: 'introduction-aux-gem/pour-qui',
				moduleSlug: 'introduction-aux-gem',
				state: 'en-cours',
				openedAt: 3_000,
				updatedAt: 3_000
			},
			{
				id: 'introduction-aux-gem/qu-est-ce',
				moduleSlug: 'introduction-aux-gem',
				state: 'terminee',
				openedAt: 5_000,
				completedAt: 5_000,
				updatedAt: 5_000
			}
		]);
		expect(await db.events.toArray()).toEqual([
			{ seq: 1, at: 3_000, type: 'lesson.open', subject: 'introduction-aux-gem/pour-qui' },
			{ seq: 2, at: 5_000, type: 'lesson.complete', subject: 'introduction-aux-gem/qu-est-ce' }
		]);
		expect((await db.kv.get('lastPosition'))?.value).toMatchObject({ scroll: 0.3 });
		db.close();
	});

	it('lets an older tab close and tells it to reload when another tab upgrades', async () => {
		const name = freshName();
		const v1 = new Dexie(name);
		v1.version(1).stores(SCHEMA_V1);
		await v1.open();
		const problems: StorageProblem[] = [];
		// The "older tab" is version 1 here; the repository below plays the newer tab.
		v1.on('versionchange', () => {
			v1.close();
			problems.push({ kind: 'version' });
			return false;
		});
		const repository = repositoryOn(name);
		expect(await repository.recordLessonOpened('intro/a')).toBe(true);
		expect(problems).toEqual([{ kind: 'version' }]);
	});

	it('reports "version" from the repository when a newer version opens elsewhere', async () => {
		const name = freshName();
		const repository = repositoryOn(name);
		const problems: StorageProblem[] = [];
		repository.onProblem((problem) => problems.push(problem));
		expect(await repository.isAvailable()).toBe(true);

		class NextVersion extends ReperesDb {
			constructor() {
				super(name);
				this.version(Math.floor(new ReperesDb('unused').verno) + 1).stores({ notes: '++id' });
			}
		}
		const next = new NextVersion();
		await next.open();
		expect(problems).toEqual([{ kind: 'version' }]);
		next.close();
	});
});

describe('when storage fails, the app keeps working and says so', () => {
	it('reports "indisponible" when IndexedDB is missing, and every call still resolves', async () => {
		const problems: StorageProblem[] = [];
		const repository = createProgressRepository({
			createDb: () => {
				throw new Dexie.MissingAPIError('IndexedDB API missing');
			}
		});
		repository.onProblem((problem) => problems.push(problem));
		expect(await repository.markLessonDone('intro/a')).toBe(false);
		expect(await repository.saveLastPosition('intro/a', 0.5)).toBe(false);
		expect(await repository.watchLessonStates()).toBeNull();
		expect(await repository.readLastPosition()).toBeNull();
		expect(problems[0]).toEqual({ kind: 'indisponible' });
	});

	it('reports "indisponible" when the browser refuses to open the database (private mode)', async () => {
		const problems: StorageProblem[] = [];
		const refusing = {
			open: () => {
				throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
			}
		};
		const repository = createProgressRepository({
			createDb: () => new ReperesDb(freshName(), { indexedDB: refusing as unknown as IDBFactory })
		});
		repository.onProblem((problem) => problems.push(problem));
		expect(await repository.recordLessonOpened('intro/a')).toBe(false);
		expect(await repository.isAvailable()).toBe(false);
		expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['indisponible']));
	});

	it('reports "plein" when a write hits the quota, and keeps what was saved before', async () => {
		const name = freshName();
		const repository = repositoryOn(name);
		const problems: StorageProblem[] = [];
		repository.onProblem((problem) => problems.push(problem));
		await repository.markLessonDone('intro/a');

		const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw quota;
		});
		expect(await repository.saveLastPosition('intro/b', 0.5)).toBe(false);
		spy.mockRestore();

		// Nothing to compare with (no mirror): never claim the rest is kept.
		expect(problems).toEqual([{ kind: 'plein', stored: 'inconnu' }]);
		const states = (await repository.watchLessonStates())!;
		expect(await firstMatching(states, () => true)).toEqual({ 'intro/a': 'terminee' });
	});
});

describe('bookmarks ("Mes repères")', () => {
	it('keeps a sheet, lists it live, and removes it on a second press', async () => {
		const repository = repositoryOn(freshName());
		const list = (await repository.watchBookmarks())!;
		const sheet = {
			id: 'fiche:periode-d-essai',
			titre: 'Période d’essai ?',
			href: '/fiches/periode-d-essai/'
		};
		expect(await repository.toggleBookmark(sheet)).toBe(true);
		expect(await firstMatching(list, (v) => v.length === 1)).toEqual([
			{ ...sheet, at: expect.any(Number) }
		]);
		expect(await repository.toggleBookmark(sheet)).toBe(false);
		expect(await firstMatching(list, (v) => v.length === 0)).toEqual([]);
	});
});
