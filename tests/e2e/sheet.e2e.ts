import { test, expect, visit, ORIGIN } from './fixtures';

const SHEET = '/fiches/repos-entre-deux-journees/';

test('a sheet prints cleanly: no navigation, each article with its address', async ({ page }) => {
	await visit(page, SHEET);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const printed = await page
		.getByRole('link', { name: 'Article L3131-1 du Code du travail' })
		.evaluate((link) => getComputedStyle(link, '::after').content);
	expect(printed).toContain('https://code.travail.gouv.fr/code-du-travail/l3131-1');
});

test('the link of a sheet can be copied', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await visit(page, SHEET);
	await page.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Le lien de la fiche est copié.' })
	).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}${SHEET}`);
});
