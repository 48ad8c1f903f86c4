// Search in Chromium: index size (gzip), time to load it, and query latency over the 200
// realistic questions of tests/bench/queries.txt, measured with performance.now() in the page.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSize } from '../tools/budgets.js';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';
import { percentile } from './interaction.js';

/** @param {string} origin @param {string} build */
export async function measureSearch(origin, build) {
	const queries = readFileSync('tests/bench/queries.txt', 'utf8').split('\n').filter(Boolean);
	const indexGzip = gzipSize(readFileSync(`${build}/recherche/index.json`));
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: CHROME_ARGS
	});
	const page = await browser.newPage();
	await page.goto(`${origin}/recherche/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const field = page.getByRole('searchbox', { name: 'Votre question' });
	// Load time: from the page asking for the module to a usable index (first results shown).
	const started = Date.now();
	await field.fill('repos');
	await page
		.getByRole('status')
		.filter({ hasText: /résultat/ })
		.waitFor();
	const loadMs = Date.now() - started;
	// Query latency: the User Timing measure the search function records for each query.
	/** @type {number[]} */
	const latencies = [];
	for (const query of queries) {
		const ms = await page.evaluate(async (q) => {
			performance.clearMeasures('reperes:recherche');
			const input = /** @type {HTMLInputElement} */ (document.getElementById('recherche-page'));
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, 0));
			const entries = performance.getEntriesByName('reperes:recherche');
			return entries.length ? entries[entries.length - 1].duration : null;
		}, query);
		if (ms !== null) latencies.push(ms);
	}
	await browser.close();
	return {
		indexGzip,
		loadMs,
		queries: latencies.length,
		median: Number(percentile(latencies, 50).toFixed(2)),
		p95: Number(percentile(latencies, 95).toFixed(2))
	};
}
