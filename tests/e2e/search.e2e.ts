import { test, expect, visit, hydrated, controlledByServiceWorker } from './fixtures';

test('type a question, open the first result, keep it, go offline, search again', async ({
	page,
	context
}) => {
	await visit(page, '/');
	await controlledByServiceWorker(page);

	// Ctrl+K reaches the search field from anywhere; Enter opens the search page.
	await page.keyboard.press('Control+k');
	const field = page.getByRole('searchbox', { name: 'Rechercher dans Repères' });
	await expect(field).toBeFocused();
	await field.fill('repos entre deux journées');
	await field.press('Enter');
	await hydrated(page);
	await expect(page).toHaveURL(/\/recherche\/\?q=repos/);

	const results = page.getByRole('list').filter({ has: page.getByText('Fiche droit du travail') });
	const firstResult = results.getByRole('listitem').first();
	await expect(firstResult).toContainText(/Combien d.heures de repos entre deux journées/);
	await expect(firstResult).toContainText('11 heures');
	await firstResult.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('repos entre deux journées');
	await expect(
		page.getByRole('link', { name: 'Article L3131-1 du Code du travail' })
	).toHaveAttribute('href', 'https://code.travail.gouv.fr/code-du-travail/l3131-1');
	await expect(page.getByText(/Sources consultées le 3 février 2026/)).toBeVisible();

	// Keep the sheet, then go offline: the search and "Mes repères" still answer.
	const keep = page.getByRole('button', { name: 'Garder dans mes repères' });
	await keep.click();
	await expect(keep).toHaveAttribute('aria-pressed', 'true');

	await context.setOffline(true);
	await page.goto('/recherche/?q=periode%20d%27essai');
	await hydrated(page);
	await expect(page.getByRole('searchbox', { name: 'Votre question' })).toHaveValue(
		"periode d'essai"
	);
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: /période d.essai/ })
			.first()
	).toBeVisible();
	await page.getByRole('searchbox', { name: 'Votre question' }).fill('heures sup');
	await expect(page.getByRole('link', { name: /heures supplémentaires/ }).first()).toBeVisible();

	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await nav.getByText('Menu').click();
	await nav.getByRole('link', { name: 'Mes repères' }).click();
	await expect(
		page.getByRole('main').getByRole('link', { name: /repos entre deux journées/ })
	).toBeVisible();
	await context.setOffline(false);
});

test('the sheets are listed by theme', async ({ page }) => {
	await visit(page, '/fiches/');
	const themes = page.getByRole('navigation', { name: 'Thèmes des fiches' }).getByRole('link');
	expect(await themes.count()).toBeGreaterThanOrEqual(6);
	await expect(page.getByRole('heading', { level: 2, name: 'Repos et congés' })).toBeVisible();
	expect(
		await page.getByRole('main').getByRole('link', { name: /\?/ }).count()
	).toBeGreaterThanOrEqual(25);
});
