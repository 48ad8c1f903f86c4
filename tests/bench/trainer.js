// Trainer mode in Chromium: Event Timing duration (input to next paint) of "next" pressed in
// the presenter while the notes view is open in a second page of the same browser, so every
// step also crosses the BroadcastChannel and re-renders the notes. Entries exist only from
// 16 ms, so a press without one counts as 16 ms (an upper bound).
import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';
import { recordInteractions } from './interaction.js';

/** @param {string} origin @param {number} presses */
export async function measureTrainerNext(origin, presses = 60) {
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const page = await context.newPage();
	await page.goto(`${origin}/formateur/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Nouveau plan' }).click();
	const filter = page.getByLabel('Chercher une leçon, une mise en situation ou une vérification');
	for (const [search, name] of [
		['Pair-aidance', /Ajouter Leçon « Pair-aidance/],
		['Choisis, toi', /Ajouter Mise en situation/],
		['valeurs du GEM', /Ajouter Pour vérifier « Les valeurs du GEM »/]
	]) {
		await filter.fill(/** @type {string} */ (search));
		await page.getByRole('button', { name }).click();
	}
	const href = await page.getByRole('link', { name: /Lancer la séance/ }).getAttribute('href');
	await recordInteractions(page);
	await page.goto(`${origin}${href}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const notes = await context.newPage();
	await notes.goto(`${origin}${href?.replace('/projection/', '/notes/')}`);
	await notes.getByRole('region', { name: 'À l’écran' }).waitFor();
	await page.bringToFront();
	/** @type {number[]} */
	const samples = [];
	for (let i = 0; i < presses; i++) {
		// @ts-expect-error: a bench-only global set by the init script
		const before = await page.evaluate(() => [...window.__interactions.keys()]);
		await page.keyboard.press(i % 7 === 6 ? 'ArrowLeft' : 'ArrowRight');
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
		);
		const after = await page.evaluate(
			// @ts-expect-error: a bench-only global set by the init script
			(seen) => [...window.__interactions.entries()].filter(([id]) => !seen.includes(id)),
			before
		);
		samples.push(after.length ? Math.max(...after.map(([, d]) => d)) : 16);
	}
	await browser.close();
	return samples;
}
