import { test, expect, visit, hydrated, controlledByServiceWorker } from './fixtures';
import { SAFETY_QUERIES, SHEET_PHRASINGS } from '../fixtures/sheet-phrasings';

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
	await expect(firstResult).toContainText(/combien d.heures de repos entre deux journées/i);
	await expect(firstResult).toContainText('11 heures');
	await firstResult.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('repos entre deux journées');
	await expect(
		page.getByRole('link', { name: 'Article L3131-1 du Code du travail' })
	).toHaveAttribute('href', 'https://code.travail.gouv.fr/code-du-travail/l3131-1');
	await expect(page.getByText(/Sources consultées le 4 décembre 2026/)).toBeVisible();
	await expect(page.getByText(/Mis à jour le 4 décembre 2026/)).toBeVisible();

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

/** The first result of the results list, as a reader scanning the page would see it. */
const firstResult = (page: import('@playwright/test').Page) =>
	page.getByRole('main').getByRole('listitem').first();

test('the everyday phrasings of the new sheets find them first', async ({ page }) => {
	await visit(page, '/recherche/');
	const field = page.getByRole('searchbox', { name: 'Votre question' });
	for (const [slug, phrasings] of Object.entries(SHEET_PHRASINGS)) {
		for (const phrasing of phrasings) {
			await field.fill(phrasing);
			await expect(firstResult(page).getByRole('link'), phrasing).toHaveAttribute(
				'href',
				`/fiches/${slug}/`
			);
		}
	}
	// The reader opens the sheet and sees when it was written and what it answers.
	await field.fill('mi-temps thérapeutique');
	await firstResult(page).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Je reprends après un long arrêt'
	);
	await expect(page.getByText(/Mis à jour le 4 décembre 2026/)).toBeVisible();
});

test('a word of danger puts the emergency card first', async ({ page }) => {
	await visit(page, '/recherche/');
	const field = page.getByRole('searchbox', { name: 'Votre question' });
	for (const query of SAFETY_QUERIES) {
		await field.fill(query);
		await expect(firstResult(page), query).toContainText('En cas d’urgence');
	}
	await field.fill('un adhérent me menace');
	await firstResult(page).getByRole('link', { name: 'En cas d’urgence' }).click();
	await expect(page).toHaveURL(/\/urgence\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'En cas d’urgence' })).toBeVisible();
});

test('the sheets say when they were last checked', async ({ page }) => {
	await visit(page, '/fiches/');
	const news = page.getByRole('region', { name: 'Quoi de neuf ?' });
	await expect(news).toContainText('Toutes les fiches ont été vérifiées le 4 décembre 2026');
	await news.getByText(/Neuf nouvelles fiches/).waitFor();
	await page.getByRole('link', { name: /jours fériés sont-ils payés/ }).click();
	await expect(page.getByText(/Mis à jour le 4 décembre 2026 : .*L3133-3/)).toBeVisible();
});
