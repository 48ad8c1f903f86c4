// Progress code with many stored runs (reliability review §8b): 5,000 scenario runs with real
// snapshots and 50,000 events, Chromium at 6× CPU throttling (a low-end phone). Reads the
// progress code's own `performance.measure` spans (`reperes:progress:*`, see
// src/lib/progress/measure.ts) on a module page load and a scenario step, and the JS heap
// against the same pages with an empty database.
// Standalone: `node tests/bench/progress.js http://localhost:4173` against a served build.
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';

export const PROGRESS_BUDGETS = {
	/** Each `reperes:progress:*` span, module page load and scenario step. */
	spanMs: 50,
	/** Heap with 5,000 runs minus heap with none, module page, after GC. */
	heapGrowthBytes: 5 * 1024 * 1024
};
const RUNS = 5_000;
const MODULE_PAGE = '/modules/introduction-aux-gem/';
const FIRST_LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';
const SCENARIO_PAGE = '/scenarios/premier-jour/';

const scenarioIds = () =>
	readdirSync('content/modules', { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.scenario.yaml'))
		.map((file) => file.split('/').pop()?.replace('.scenario.yaml', '') ?? '');

/** @param {import('@playwright/test').Page} page */
async function ready(page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Seeds the database (already at the app's version) with raw IndexedDB, in the page. */
/** @param {import('@playwright/test').Page} page @param {string[]} subjects @param {number} runCount */
function seed(page, subjects, runCount) {
	return page.evaluate(
		([count, subjects]) =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('reperes');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const stores = ['runs', 'events', 'completed'].filter((s) =>
						db.objectStoreNames.contains(s)
					);
					const tx = db.transaction(stores, 'readwrite');
					const runs = tx.objectStore('runs');
					const events = tx.objectStore('events');
					const path = Array.from({ length: 6 }, (_, i) => ({
						sceneId: `scene-${i}`,
						choiceId: `choix-${i}`
					}));
					for (let i = 0; i < count; i++) {
						const subject = subjects[i % subjects.length];
						const ended = i % 2 === 0;
						const at = 1_700_000_000_000 + i * 1000;
						runs.add({
							kind: 'scenario',
							subject,
							version: 'ancienne',
							startedAt: at,
							updatedAt: at,
							choices: path.map((step) => ({ ...step, at })),
							snapshot: { status: 'active', value: { play: 'scene-6' }, context: { path } },
							...(ended ? { endedAt: at, ending: 'fin' } : {})
						});
						for (let e = 0; e < 10; e++)
							events.add({ at, type: 'scenario.choice', subject, detail: { run: i } });
					}
					if (stores.includes('completed'))
						for (const subject of subjects)
							tx.objectStore('completed').put({
								key: `scenario:${subject}`,
								firstAt: 1,
								lastAt: 1,
								count: count / subjects.length / 2,
								endings: ['fin']
							});
					tx.oncomplete = () => {
						db.close();
						resolve(undefined);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		/** @type {const} */ ([runCount, subjects])
	);
}

/** @param {import('@playwright/test').Page} page */
const progressSpans = (page) =>
	page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.filter((entry) => entry.name.startsWith('reperes:progress:'))
			.map((entry) => ({ name: entry.name.slice(17), ms: Math.round(entry.duration) }))
	);

/** @param {import('@playwright/test').CDPSession} cdp */
async function heapAfterGc(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * A first visit stores nothing: the app creates its database at the reader's first action. A
 * lesson opened and a key pressed make it, so the "empty" pages below read a database that
 * exists, as on any learner's device after a first visit.
 * @param {import('@playwright/test').Page} page @param {string} origin
 */
async function startLearning(page, origin) {
	await page.goto(`${origin}${FIRST_LESSON}`);
	await ready(page);
	// The page reads its progress once the database is open (created, its upgrade done). The
	// first key may come before the page listens for it: press again until then.
	const opened = () =>
		page.evaluate(() => performance.getEntriesByName('reperes:progress:completed').length > 0);
	for (let attempt = 0; attempt < 30 && !(await opened()); attempt++) {
		await page.keyboard.press('Tab');
		await page.waitForTimeout(500);
	}
	if (!(await opened())) throw new Error('the lesson page never opened its database');
}

/** @param {import('@playwright/test').Page} page @param {string} origin */
async function modulePage(page, origin) {
	await page.goto(`${origin}${MODULE_PAGE}`);
	await ready(page);
	// Progress has arrived once the completed-activities span has run.
	await page.waitForFunction(
		() => performance.getEntriesByName('reperes:progress:completed').length > 0
	);
	await page.waitForTimeout(500);
}

/** @param {import('@playwright/test').Page} page @param {string} origin */
async function scenarioStep(page, origin) {
	await page.goto(`${origin}${SCENARIO_PAGE}`);
	await ready(page);
	await page
		.getByRole('button', { name: /Commencer la mise en situation|Recommencer/ })
		.first()
		.click();
	await page.getByRole('heading', { name: /^Étape 1\b/ }).waitFor();
	await page.waitForTimeout(500);
	// Only what the step itself costs: the page load was measured above.
	await page.evaluate(() => performance.clearMeasures());
	const choice = page.locator('button.choice').first();
	await choice.click();
	await page.getByRole('button', { name: 'Continuer' }).click();
	await page.getByRole('heading', { name: /^Étape 2\b/ }).waitFor();
	await page.waitForTimeout(500);
}

/**
 * Spans are wall-clock (from the start of a progress read or write to its result), so they
 * also hold whatever else the page does meanwhile at 6× CPU (hydration, the frame after a
 * click). The same pages with an empty database are measured too: the difference is what the
 * stored runs cost.
 * @param {string} origin @param {number} runCount
 */
export async function measureProgress(origin, runCount = RUNS) {
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

		await startLearning(page, origin);
		await modulePage(page, origin);
		await modulePage(page, origin);
		const heapEmpty = await heapAfterGc(cdp);

		if (runCount) await seed(page, scenarioIds(), runCount);
		await modulePage(page, origin);
		const loadSpans = await progressSpans(page);
		const heapFull = await heapAfterGc(cdp);
		await scenarioStep(page, origin);
		const stepSpans = await progressSpans(page);
		return { runs: runCount, loadSpans, stepSpans, heapEmpty, heapFull };
	} finally {
		await browser.close();
	}
}

/**
 * Prints the figures; returns how many are over budget.
 * @param {Awaited<ReturnType<typeof measureProgress>>} result
 * @param {Awaited<ReturnType<typeof measureProgress>>} [empty] the same pages, no stored run
 */
export function reportProgress(result, empty) {
	let over = 0;
	const line = (
		/** @type {string} */ label,
		/** @type {string} */ value,
		ok = true,
		budget = ''
	) => {
		if (!ok) over++;
		console.log(`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(62)} ${value.padStart(10)}  ${budget}`);
	};
	for (const [what, spans] of [
		['module page load', result.loadSpans],
		['scenario step', result.stepSpans]
	]) {
		const worst = /** @type {{ name: string, ms: number }[]} */ (spans).reduce(
			(max, span) => (span.ms > max.ms ? span : max),
			{ name: 'none', ms: 0 }
		);
		const list = (/** @type {{ name: string, ms: number }[]} */ spans) =>
			spans.map((s) => `${s.name} ${s.ms} ms`).join(', ');
		console.log(`      ${what}, ${result.runs} runs: ${list(/** @type {any} */ (spans))}`);
		if (empty)
			console.log(
				`      ${what}, empty database: ${list(what === 'module page load' ? empty.loadSpans : empty.stepSpans)}`
			);
		line(
			`${what}, ${result.runs} runs, 6× CPU: slowest span (${worst.name})`,
			`${worst.ms} ms`,
			worst.ms <= PROGRESS_BUDGETS.spanMs,
			`(budget ${PROGRESS_BUDGETS.spanMs} ms)`
		);
	}
	const growth = result.heapFull - result.heapEmpty;
	line(
		`JS heap growth with ${result.runs} runs (module page, after GC)`,
		`${(growth / 1024 / 1024).toFixed(1)} MB`,
		growth < PROGRESS_BUDGETS.heapGrowthBytes,
		`(budget ${PROGRESS_BUDGETS.heapGrowthBytes / 1024 / 1024} MB; ${(result.heapEmpty / 1024 / 1024).toFixed(1)} → ${(result.heapFull / 1024 / 1024).toFixed(1)} MB)`
	);
	return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const origin = process.argv[2] ?? 'http://localhost:4173';
	const empty = await measureProgress(origin, 0);
	process.exitCode = reportProgress(await measureProgress(origin), empty) ? 1 : 0;
}
