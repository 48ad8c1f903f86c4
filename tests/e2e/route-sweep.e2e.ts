// Every built page, in one pass shared by the checks that need every page: axe in the light
// and dark schemes (and lessons in "Facile à lire"), reflow at 320 px, and reading at 200 % text
// size on a phone, with the colours of the high-contrast reading theme. The pages are cut into
// shards that run in parallel workers, so the sweep costs minutes, not a quarter-hour.
import type { Page } from '@playwright/test';
import { test, expect, hydrated, axeViolations, builtRoutes } from './fixtures';
import { PHONE, enlargeText, measure, zoomProblems } from './text-zoom-measure';

const SHARDS = 3;
const routes = builtRoutes();
const shards = Array.from({ length: SHARDS }, (_, i) => routes.filter((_, j) => j % SHARDS === i));
/** The dark scheme changes colours only: its run is limited to the colour rules. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The high-contrast reading theme ("Contraste élevé"), against the AAA ratios (7:1, 4.5:1). */
const CONTRAST_RULES = ['color-contrast-enhanced', 'link-in-text-block'];

test.describe.configure({ mode: 'parallel' });

test('the sweep covers every built page', () => {
	expect(routes.length).toBeGreaterThan(100);
	expect(shards.flat().sort()).toEqual([...routes].sort());
});

async function open(page: Page, route: string) {
	await page.goto(route);
	await hydrated(page);
}

/** A lesson page: /modules/<module>/<lesson>/. */
const isLesson = (route: string) => route.split('/').length === 5 && route.startsWith('/modules/');

/** "Facile à lire" from the header's menu, as a reader turns it on or off. */
async function toggleEasyRead(page: Page) {
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await nav.getByText('Menu').click();
	await nav.getByRole('button', { name: 'Facile à lire' }).click();
	await page.keyboard.press('Escape');
}

/** axe on the lesson's article only: the easy text changes nothing around it. */
async function easyReadViolations(page: Page, route: string) {
	await toggleEasyRead(page);
	await expect(
		page.getByText(/^(Version facile à lire|Cette leçon n’a pas encore de version facile)/),
		route
	).toBeVisible();
	const violations = await axeViolations(page, undefined, 'article');
	await toggleEasyRead(page);
	return violations.map((line) => `${route} (facile à lire) ${line}`);
}

test.describe('desktop', () => {
	shards.forEach((shard, i) => {
		test(`pages ${i + 1}/${SHARDS}: zero axe violations (light and dark), reflow at 320 px`, async ({
			page
		}) => {
			test.setTimeout(shard.length * 12_000 + shard.filter(isLesson).length * 6_000 + 30_000);
			const problems: string[] = [];
			for (const route of shard) {
				await page.setViewportSize({ width: 1280, height: 720 });
				await page.emulateMedia({ colorScheme: 'light' });
				await open(page, route);
				await expect(page.locator('html'), route).toHaveAttribute('lang', 'fr');
				await expect(page, route).toHaveTitle(/Repères/);
				for (const line of await axeViolations(page)) problems.push(`${route} (clair) ${line}`);
				await page.emulateMedia({ colorScheme: 'dark' });
				for (const line of await axeViolations(page, COLOUR_RULES)) {
					problems.push(`${route} (sombre) ${line}`);
				}
				if (isLesson(route)) {
					// Lessons again in "Facile à lire": the easy text replaces the standard one.
					await page.emulateMedia({ colorScheme: 'light' });
					problems.push(...(await easyReadViolations(page, route)));
				}
				await page.setViewportSize({ width: 320, height: 640 });
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				if (overflow > 0) problems.push(`${route}: ${overflow}px of sideways scrolling at 320 px`);
			}
			expect(problems).toEqual([]);
		});
	});
});

test.describe('phone at 200 % text size', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

	// The phone pass is the lighter one: it carries the high-contrast check, so the desktop
	// shards keep their time.
	shards.forEach((shard, i) => {
		test(`pages ${i + 1}/${SHARDS}: read at 200 % text size on a 390 px phone, high contrast`, async ({
			page
		}) => {
			test.setTimeout(shard.length * 16_000 + 30_000);
			await enlargeText(page);
			const problems: string[] = [];
			for (const route of shard) {
				await open(page, route);
				problems.push(...zoomProblems(route, await page.evaluate(measure)));
				// Set as the inline script of app.html sets it from the reader's choice.
				await page.evaluate(() => (document.documentElement.dataset.theme = 'contraste'));
				for (const line of await axeViolations(page, CONTRAST_RULES)) {
					problems.push(`${route} (contraste élevé) ${line}`);
				}
			}
			expect(problems).toEqual([]);
		});
	});
});
