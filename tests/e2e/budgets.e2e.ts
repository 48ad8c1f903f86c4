// Reads build/ as the web server command left it (this suite always builds what it tests).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import {
	BUDGETS,
	gzipSize,
	authoredRatio,
	easyReadFiles,
	kb,
	measurePage,
	precacheBytes,
	precacheFiles,
	prerenderedPages
} from '../tools/budgets.js';

const BUILD = 'build';

test('home page HTML and the CSS it blocks on fit in 14 KB gzip', () => {
	const home = measurePage(BUILD, '/');
	const critical = home.htmlBytes + home.cssBytes;
	expect(critical, `home: ${kb(critical)}`).toBeLessThanOrEqual(BUDGETS.homeCriticalBytes);
});

test(`every lesson loads at most ${BUDGETS.lessonJsBytes / 1024} KB gzip of JS before it is interactive`, () => {
	const lessons = prerenderedPages(BUILD).filter((path) =>
		/^\/modules\/[^/]+\/[^/]+\/$/.test(path)
	);
	expect(lessons.length).toBeGreaterThan(0);
	for (const lesson of lessons) {
		const { jsBytes } = measurePage(BUILD, lesson);
		expect(jsBytes, `${lesson}: ${kb(jsBytes)}`).toBeLessThanOrEqual(BUDGETS.lessonJsBytes);
	}
});

test('the whole precache fits in 2 MB gzip', () => {
	const bytes = precacheBytes(BUILD);
	expect(bytes, `precache: ${kb(bytes)}`).toBeLessThanOrEqual(BUDGETS.precacheBytes);
});

/** A stretch of plain words, written the same in HTML, JSON and JS strings. */
const sampleOf = (html: string) =>
	html
		.split(/<[^>]+>/)
		.flatMap((text) => text.match(/\p{L}[\p{L} ]{29,}/gu) ?? [])
		.map((words) => words.trim())
		.sort((a, b) => b.length - a.length)[0];

const allChunks = () =>
	readdirSync(join(BUILD, '_app/immutable'), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.js'))
		.map((name) => readFileSync(join(BUILD, '_app/immutable', name), 'utf8'))
		.join('\n');

const occurrences = (text: string, sample: string) => text.split(sample).length - 1;

test('each lesson’s and sheet’s text ships once: in its page, never in its data or a JS chunk', () => {
	const chunks = allChunks();
	const pages = prerenderedPages(BUILD).filter(
		(path) => /^\/modules\/[^/]+\/[^/]+\/$/.test(path) || /^\/fiches\/[^/]+\/$/.test(path)
	);
	expect(pages.length, 'lessons and sheets').toBeGreaterThan(100);
	const precached = new Set(precacheFiles(BUILD));
	for (const path of pages) {
		const file = join(BUILD, path, 'index.html');
		const html = readFileSync(file, 'utf8');
		const parts = [...html.matchAll(/data-static-part="[^"]*"[^>]*>([\s\S]*?)<\/div>/g)];
		expect(parts.length, `${path}: blocks of text rendered at build`).toBeGreaterThan(0);
		const sample = sampleOf(parts[0][1]);
		expect(sample, `${path}: a sentence to look for`).toBeDefined();
		expect(occurrences(html, sample!), `${path}: "${sample}" in its page`).toBe(1);
		expect(readFileSync(join(BUILD, path, '__data.json'), 'utf8'), path).not.toContain(sample);
		expect(chunks.includes(sample!), `${path}: "${sample}" in a JS chunk`).toBe(false);
		expect(precached.has(file), `${path} precached`).toBe(true);
	}
});

test('the easy-to-read texts ship once, in their own small files, precached', () => {
	const files = easyReadFiles(BUILD);
	expect(files.length, 'facile.json files in the build').toBeGreaterThan(50);
	const chunks = allChunks();
	const precached = new Set(precacheFiles(BUILD));
	for (const file of files) {
		const { html } = JSON.parse(readFileSync(file, 'utf8')) as { html: string };
		const sample = sampleOf(html);
		expect(sample, `${file}: a sentence to look for`).toBeDefined();
		const page = dirname(file);
		expect(readFileSync(join(page, 'index.html'), 'utf8'), file).not.toContain(sample);
		expect(readFileSync(join(page, '__data.json'), 'utf8'), file).not.toContain(sample);
		expect(chunks.includes(sample!), `${file}: in a JS chunk`).toBe(false);
		expect(precached.has(file), `${file} precached`).toBe(true);
	}
});

// Trainer mode: its code loads on trainer pages only, and stays light beyond a lesson's.
const TRAINER_EXTRA_JS_BYTES = 40 * 1024;
/** Strings only trainer modules contain (a channel name, the plan file format, a setting). */
const TRAINER_MARKERS = ['reperes-seance-', 'reperes-plan', 'reperes-formateur-raccourcis'];

async function scriptsOf(page: Page, path: string) {
	const files = new Set<string>();
	const listener = (request: Request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/_app/') && url.pathname.endsWith('.js')) files.add(url.pathname);
	};
	page.on('request', listener);
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	page.off('request', listener);
	return files;
}

const isTrainerCode = (file: string) => {
	const text = readFileSync(join(BUILD, file), 'utf8');
	return TRAINER_MARKERS.some((marker) => text.includes(marker));
};

test('learner pages load no trainer code', async ({ page }) => {
	const learnerPages = [
		'/',
		'/modules/valeurs-et-philosophie/pair-aidance-et-entraide/',
		'/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/',
		'/scenarios/choisir-la-sortie-d-ete/',
		'/fiches/',
		'/mes-reperes/'
	];
	for (const path of learnerPages) {
		const trainer = [...(await scriptsOf(page, path))].filter(isTrainerCode);
		expect(trainer, `${path} loads trainer code`).toEqual([]);
	}
	// The markers do find trainer code where it belongs.
	expect([...(await scriptsOf(page, '/formateur/projection/'))].some(isTrainerCode)).toBe(true);
});

test(`trainer views add at most ${TRAINER_EXTRA_JS_BYTES / 1024} KB gzip of JS beyond a lesson`, async ({
	page
}) => {
	const LESSON = '/modules/valeurs-et-philosophie/pair-aidance-et-entraide/';
	// A learner with progress on the device, whose lesson loads the database code as the trainer
	// views do (a first visit loads none, which would count it as trainer code here).
	await page.goto(LESSON);
	await hydrated(page);
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	await done.click();
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	const lesson = await scriptsOf(page, LESSON);
	for (const path of [
		'/formateur/',
		'/formateur/projection/',
		'/formateur/notes/',
		'/formateur/bilan/'
	]) {
		const extra = [...(await scriptsOf(page, path))].filter((file) => !lesson.has(file));
		const bytes = extra.reduce((sum, file) => sum + gzipSize(readFileSync(join(BUILD, file))), 0);
		expect(bytes, `${path}: ${kb(bytes)} beyond a lesson`).toBeLessThanOrEqual(
			TRAINER_EXTRA_JS_BYTES
		);
	}
});

test('the precache stays within 3 times the authored text (gzip, each file alone)', () => {
	// Each new lesson must cost the device about its own size, not several times it (issue 14).
	const ratio = authoredRatio(BUILD);
	expect(ratio, `precache / authored text: ${ratio.toFixed(2)}`).toBeLessThanOrEqual(
		BUDGETS.authoredRatioTarget
	);
});

// The room vote with cards (issue 18): its camera and detection code loads only when the
// trainer asks for it. Strings only that code contains: the detector's dictionary name, the
// scanner's button, the first card codes.
const CARD_SCAN_MARKERS = ['REPERES_CARTES_VOTE_40', 'Allumer la caméra', '46386,3994,13101'];
const isCardScanCode = (file: string) => {
	const text = readFileSync(join(BUILD, file), 'utf8');
	return CARD_SCAN_MARKERS.some((marker) => text.includes(marker));
};

test('the cards and camera code: 0 bytes in learner pages, loaded in trainer views on demand', async ({
	page
}) => {
	for (const path of [
		'/',
		'/scenarios/choisir-la-sortie-d-ete/',
		'/mes-reperes/',
		'/formateur/notes/'
	]) {
		const loaded = [...(await scriptsOf(page, path))].filter(isCardScanCode);
		expect(loaded, `${path} loads the cards code`).toEqual([]);
	}
	// The markers do find it where it belongs: the printable cards.
	expect([...(await scriptsOf(page, '/formateur/cartes/'))].some(isCardScanCode)).toBe(true);
});
