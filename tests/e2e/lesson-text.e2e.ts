// A lesson's or a sheet's text is HTML rendered at build, carried once by its page; moving to
// another one without reloading takes the text from that page (src/lib/content/markdown-body.ts).
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';

/** Marks the running page, so a test can tell a client-side move from a full reload. */
const markPage = (page: Page) =>
	page.evaluate(() => ((window as { marked?: boolean }).marked = true));
const stillSamePage = (page: Page) =>
	page.evaluate(() => (window as { marked?: boolean }).marked === true);

test('the next lesson opens in place with its text, its glossary terms, check and sources', async ({
	page
}) => {
	await visit(page, '/modules/introduction-aux-gem/comment-vit-un-gem/');
	const main = page.getByRole('main');
	await expect(
		main.getByRole('heading', { level: 2, name: 'Le parrain, un tiers qui veille' })
	).toBeVisible();
	await expect(main.getByRole('heading', { name: 'Premier jour au GEM' })).toBeVisible();
	await markPage(page);

	await page
		.getByRole('navigation', { name: 'Leçon précédente et suivante' })
		.getByRole('link')
		.last()
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Financement et bilan annuel' })
	).toBeVisible();
	expect(await stillSamePage(page)).toBe(true);
	await expect(
		main.getByRole('heading', { level: 2, name: "D'où vient l'argent du GEM" })
	).toBeVisible();
	// The previous lesson's text and scenario are gone; this lesson's check is live.
	await expect(main.getByRole('heading', { name: 'Le parrain, un tiers qui veille' })).toHaveCount(
		0
	);
	await expect(main.getByRole('heading', { name: 'Premier jour au GEM' })).toHaveCount(0);
	const quiz = main.getByRole('region', { name: /Pour vérifier/ });
	await expect(quiz.getByRole('button', { name: 'Vérifier ma réponse' }).first()).toBeEnabled();
	// Its glossary terms become buttons that show their definition in place.
	const term = main
		.getByRole('button', { expanded: false, description: 'Affiche sa définition' })
		.first();
	const controls = (await term.getAttribute('aria-controls'))!;
	await term.click();
	await expect(page.locator(`[id="${controls}"]`)).toContainText(' : ');
	await expect(main.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();

	// Back to the first lesson, still in place: its text and scenario again.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Comment vit un GEM ?' })).toBeVisible();
	await expect(
		main.getByRole('heading', { level: 2, name: 'Le parrain, un tiers qui veille' })
	).toBeVisible();
	await expect(main.getByRole('heading', { name: 'Premier jour au GEM' })).toBeVisible();
	await expect(main.getByRole('region', { name: /Pour vérifier/ })).toHaveCount(0);
	expect(await stillSamePage(page)).toBe(true);
});

test('a related sheet opens in place with its own text and sources', async ({ page }) => {
	await visit(page, '/fiches/abandon-de-poste/');
	await markPage(page);
	await page
		.getByRole('navigation', { name: 'Voir aussi' })
		.getByRole('link', { name: /Je veux démissionner/ })
		.click();
	const main = page.getByRole('main');
	await expect(page.getByRole('heading', { level: 1, name: /Je veux démissionner/ })).toBeVisible();
	expect(await stillSamePage(page)).toBe(true);
	await expect(main.getByRole('heading', { level: 2, name: 'Les cas particuliers' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 2, name: 'Sources' })).toHaveCount(1);
	await expect(main.locator('.sources li').first()).toBeVisible();
});
