import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_SETTINGS,
	FONTS,
	LETTER_SPACINGS,
	LINE_SPACINGS,
	MOTIONS,
	TEXT_SIZES,
	THEMES,
	cleanSettings,
	fromDataset,
	toDataset,
	type ReadingSettings
} from '$lib/reading/settings';
import { MIRROR_KEY, readMirror, writeMirror } from '$lib/reading/mirror';
import { reconcile } from '$lib/reading/reconcile';
import { ReperesDb } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';

const anySettings = fc.record<ReadingSettings>({
	textSize: fc.constantFrom(...TEXT_SIZES),
	lineSpacing: fc.constantFrom(...LINE_SPACINGS),
	letterSpacing: fc.constantFrom(...LETTER_SPACINGS),
	font: fc.constantFrom(...FONTS),
	theme: fc.constantFrom(...THEMES),
	motion: fc.constantFrom(...MOTIONS),
	facileALire: fc.boolean()
});

/** A localStorage stand-in; `full` makes every write throw as a full disk does. */
function memoryStorage(full = false) {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			items.set(key, value);
		},
		removeItem: (key: string) => void items.delete(key)
	};
}

describe('reading settings', () => {
	it('offer at least five text sizes, up to 200 %', () => {
		expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(5);
		expect(Math.max(...TEXT_SIZES)).toBe(200);
	});

	it('keep each valid value and put back the default for each unknown one on its own', () => {
		expect(
			cleanSettings({ textSize: '150', theme: 'fluo', font: 'opendyslexic', facileALire: 'true' })
		).toEqual({ ...DEFAULT_SETTINGS, textSize: 150, font: 'opendyslexic', facileALire: true });
		expect(cleanSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(cleanSettings('x')).toEqual(DEFAULT_SETTINGS);
	});

	it('put on <html> only what differs from the default, and read it back unchanged', () => {
		expect(toDataset(DEFAULT_SETTINGS)).toEqual({});
		expect(toDataset({ ...DEFAULT_SETTINGS, theme: 'contraste', facileALire: true })).toEqual({
			theme: 'contraste',
			facileALire: 'true'
		});
		fc.assert(
			fc.property(anySettings, (settings) => {
				expect(fromDataset(toDataset(settings))).toEqual(settings);
			})
		);
	});
});

describe('the localStorage mirror', () => {
	it('holds the data attributes, and nothing at all for the default settings', () => {
		const storage = memoryStorage();
		const settings: ReadingSettings = { ...DEFAULT_SETTINGS, textSize: 200, theme: 'sombre' };
		expect(writeMirror(storage, settings)).toBe(true);
		expect(JSON.parse(storage.items.get(MIRROR_KEY)!)).toEqual({
			textSize: '200',
			theme: 'sombre'
		});
		expect(readMirror(storage)).toEqual(settings);
		expect(writeMirror(storage, DEFAULT_SETTINGS)).toBe(true);
		expect(storage.items.has(MIRROR_KEY)).toBe(false);
		expect(readMirror(storage)).toBeNull();
	});

	it('says when it cannot keep a copy, and reads a broken copy as none', () => {
		expect(writeMirror(memoryStorage(true), { ...DEFAULT_SETTINGS, textSize: 125 })).toBe(false);
		expect(writeMirror(null, DEFAULT_SETTINGS)).toBe(false);
		const broken = memoryStorage();
		broken.items.set(MIRROR_KEY, '{not json');
		expect(readMirror(broken)).toBeNull();
		broken.items.set(MIRROR_KEY, '"texte"');
		expect(readMirror(broken)).toBeNull();
	});
});

describe('the mirror meets the database at page start', () => {
	const onPage: ReadingSettings = { ...DEFAULT_SETTINGS, textSize: 150 };

	it('follows the database when it holds settings', () => {
		const stored: ReadingSettings = { ...DEFAULT_SETTINGS, theme: 'contraste' };
		expect(reconcile(onPage, stored)).toEqual({ settings: stored, apply: true, store: false });
		expect(reconcile(stored, stored)).toEqual({ settings: stored, apply: false, store: false });
	});

	it('stores the page’s settings when the database holds none, unless they are the defaults', () => {
		expect(reconcile(onPage, null)).toEqual({ settings: onPage, apply: false, store: true });
		expect(reconcile({ ...DEFAULT_SETTINGS }, null).store).toBe(false);
	});
});

describe('the settings in the database (version 8)', () => {
	it('are none at first, then kept as saved, cleaned', async () => {
		const repository = createProgressRepository({
			createDb: () => new ReperesDb('reading-settings-1'),
			mirror: null
		});
		expect(await repository.readReadingSettings()).toBeNull();
		const chosen: ReadingSettings = {
			...DEFAULT_SETTINGS,
			font: 'opendyslexic',
			motion: 'reduites'
		};
		expect(await repository.saveReadingSettings(chosen)).toBe(true);
		expect(await repository.readReadingSettings()).toEqual(chosen);
		await repository.close();
	});

	it('say so when the device has no IndexedDB, without throwing', async () => {
		const problems: string[] = [];
		const repository = createProgressRepository({
			createDb: () => {
				throw Object.assign(new Error('missing'), { name: 'MissingAPIError' });
			},
			mirror: null
		});
		repository.onProblem((problem) => problems.push(problem.kind));
		expect(await repository.saveReadingSettings({ ...DEFAULT_SETTINGS, textSize: 125 })).toBe(
			false
		);
		expect(await repository.readReadingSettings()).toBeNull();
		expect(problems).toContain('indisponible');
	});
});
