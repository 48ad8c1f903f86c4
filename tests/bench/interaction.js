// Interaction latency of the scenario player in Chromium, from the Event Timing API:
// PerformanceObserver `event` entries give the time from input to the next paint. Entries
// exist only for events of 16 ms or more, so an interaction without one counts as 16 ms
// (an upper bound). Also the JS a scenario page adds to a plain lesson (gzip).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSize } from '../tools/budgets.js';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';

/** @param {number[]} values @param {number} p */
export const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Keeps, in every page the tab opens, the longest Event Timing duration of each interaction
 * (input to next paint), in `window.__interactions`.
 * @param {import('@playwright/test').Page} page
 */
export async function recordInteractions(page) {
	await page.addInitScript(() => {
		/** @type {Map<number, number>} */
		const byInteraction = new Map();
		// @ts-expect-error: a bench-only global
		window.__interactions = byInteraction;
		new PerformanceObserver((list) => {
			for (const entry of /** @type {any[]} */ (list.getEntries())) {
				if (!entry.interactionId) continue;
				byInteraction.set(
					entry.interactionId,
					Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration)
				);
			}
		}).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
	});
}

/**
 * Plays a scenario to an ending `runs` times, taking the first choice at each scene.
 * @param {string} origin @param {string} scenarioId @param {number} runs
 */
export async function measureScenario(origin, scenarioId, runs = 5) {
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: CHROME_ARGS
	});
	const page = await browser.newPage();
	await recordInteractions(page);
	/** @type {{ kind: string, ms: number }[]} */
	const samples = [];
	for (let run = 0; run < runs; run++) {
		await page.goto(`${origin}/scenarios/${scenarioId}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const restart = page.getByRole('button', { name: 'Recommencer depuis le début' });
		const start = page.getByRole('button', { name: 'Commencer la mise en situation' });
		await start.or(restart).first().click();
		if (await restart.isVisible()) await restart.click();
		for (let step = 0; step < 60; step++) {
			const choices = page.locator('button.choice');
			if ((await choices.count()) === 0) break;
			for (const [kind, locator] of [
				['choice', choices.nth(run % (await choices.count()))],
				['continuer', page.getByRole('button', { name: 'Continuer' })]
			]) {
				// @ts-expect-error: a bench-only global set by the init script
				const before = await page.evaluate(() => [...window.__interactions.keys()]);
				await /** @type {import('@playwright/test').Locator} */ (locator).click();
				await page.evaluate(
					() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
				);
				const after = await page.evaluate(
					// @ts-expect-error: a bench-only global set by the init script
					(seen) => [...window.__interactions.entries()].filter(([id]) => !seen.includes(id)),
					before
				);
				samples.push({
					kind: /** @type {string} */ (kind),
					ms: after.length ? Math.max(...after.map(([, d]) => d)) : 16
				});
			}
		}
	}
	await browser.close();
	return samples;
}

/**
 * JS files a page requests until its scenario player is ready, as gzip bytes from the build.
 * @param {string} origin @param {string} path @param {string} build @param {boolean} waitForPlayer
 */
export async function jsBytesOf(origin, path, build, waitForPlayer) {
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: CHROME_ARGS
	});
	const page = await browser.newPage();
	/** @type {Set<string>} */
	const files = new Set();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('.js') && url.pathname.startsWith('/_app/')) files.add(url.pathname);
	});
	await page.goto(`${origin}${path}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	if (waitForPlayer)
		await page.getByRole('button', { name: 'Commencer la mise en situation' }).waitFor();
	await page.waitForLoadState('networkidle');
	await browser.close();
	let bytes = 0;
	for (const file of files) bytes += gzipSize(readFileSync(`${build}${file}`));
	return { bytes, files };
}
