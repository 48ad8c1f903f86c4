// A scenario played on a 390×844 phone: the content notice folds once it has been read,
// every new step starts at the top of the screen, and its buttons are at most one swipe away.
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';
import { endingsOf, labelsTo, readScenario } from './scenario-paths';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const scenario = readScenario('content/modules/08-troubles/idees-suicidaires.scenario.yaml');

/** Where the focused step heading sits, and how far below the screen its last button ends. */
async function stepLayout(page: Page) {
	return page.evaluate(() => {
		const heading = document.activeElement as HTMLElement;
		const buttons = [...document.querySelectorAll<HTMLElement>('.player button')].filter(
			(button) => !/Recommencer/.test(button.textContent ?? '')
		);
		const last = buttons.at(-1)!.getBoundingClientRect();
		return { headingTop: heading.getBoundingClientRect().top, lastBottom: last.bottom };
	});
}

async function expectStepAtTop(page: Page, name: RegExp) {
	const heading = page.getByRole('heading', { name });
	await expect(heading).toBeFocused();
	// Scrolling may be smooth: wait until it settles in the top quarter of the screen, with the
	// heading wholly on screen.
	await expect
		.poll(async () => {
			const { headingTop } = await stepLayout(page);
			return headingTop >= 0 && headingTop <= PHONE.height * 0.25;
		})
		.toBe(true);
	const { lastBottom } = await stepLayout(page);
	// The step's last choice (or "Continuer") is reached with one swipe of a screen at most.
	expect(lastBottom).toBeLessThanOrEqual(PHONE.height * 2);
}

for (const motion of ['no-preference', 'reduce'] as const) {
	test(`each step's heading comes to the top of a phone screen (${motion} motion)`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: motion });
		await visit(page, '/scenarios/idees-suicidaires/');
		const notice = page.getByRole('note').filter({ hasText: 'Avant de commencer' });
		await expect(notice).toBeVisible();
		// Before starting, "Commencer" is one swipe away at most, right under the notice.
		const start = page.getByRole('button', { name: 'Commencer la mise en situation' });
		expect((await start.boundingBox())!.y).toBeLessThan(PHONE.height * 2);
		// Every number of the notice can be tapped, SOS Amitié's too.
		await expect(notice.getByRole('link', { name: '09 72 39 40 50' })).toHaveAttribute(
			'href',
			'tel:0972394050'
		);
		await start.click();

		// Started: the notice is one line of tappable numbers.
		const folded = page.getByRole('note').filter({ hasText: 'Numéros d’aide' });
		await expect(folded).toBeVisible();
		await expect(notice).toHaveCount(0);
		expect((await folded.boundingBox())!.height).toBeLessThan(60);
		await expect(folded.getByRole('link', { name: '3114' })).toHaveAttribute('href', 'tel:3114');

		const ending = endingsOf(scenario)[0];
		for (const [index, label] of labelsTo(scenario, ending.id).entries()) {
			await expectStepAtTop(page, new RegExp(`^Étape ${index + 1}\\b`));
			await page.getByRole('button', { name: label, exact: true }).click();
			await expectStepAtTop(page, /^Ce qui se passe$/);
			await page.getByRole('button', { name: 'Continuer' }).click();
		}
	});
}

test('"Recommencer depuis le début" asks before ending the current run', async ({ page }) => {
	await visit(page, '/scenarios/idees-suicidaires/');
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 1 — / })).toBeFocused();
	await page.getByRole('button', { name: 'Recommencer depuis le début' }).click();
	await expect(page.getByText(/^Recommencer depuis le début \?/)).toBeFocused();
	await page.getByRole('button', { name: 'Non, continuer' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 1 — / })).toBeVisible();
	await page.getByRole('button', { name: 'Recommencer depuis le début' }).click();
	await page.getByRole('button', { name: 'Oui, recommencer' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 1 — / })).toBeFocused();
});
