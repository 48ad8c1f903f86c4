// A returning animateur refines a search from the header while already on the results page.
import { test, expect, visit, hydrated } from './fixtures';

test('a second search from the header, while on /recherche/, shows the new results', async ({
	page
}) => {
	await visit(page, '/glossaire/');
	const header = page.getByRole('searchbox', { name: 'Rechercher dans Repères' });
	await header.fill('conges');
	await header.press('Enter');
	await hydrated(page);
	const field = page.getByRole('searchbox', { name: 'Votre question' });
	await expect(field).toHaveValue('conges');
	const status = page.getByRole('main').getByRole('status');
	// The list is cut at 20: the status says so instead of calling 20 a count.
	await expect(status).toHaveText(/^20 premiers résultats sur \d+$/);
	const results = page.getByRole('main').getByRole('listitem');
	const firstForConges = await results.first().getByRole('link').textContent();

	await header.fill('dimanche');
	await header.press('Enter');
	await expect(page).toHaveURL(/\?q=dimanche/);
	await expect(field).toHaveValue('dimanche');
	await expect(results.first()).toContainText(/dimanche/i);
	await expect(results.first().getByRole('link')).not.toHaveText(firstForConges!);

	// Ctrl+K here goes to the page's own field, not the header's.
	await page.keyboard.press('Control+k');
	await expect(field).toBeFocused();
});

test('no "Aucun résultat" while the index loads or for a two-letter start', async ({ page }) => {
	// Hold the index back: the status must say it is loading, not that nothing was found.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/recherche/index.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/recherche/?q=conges');
	await hydrated(page);
	const status = page.getByRole('main').getByRole('status');
	await expect(status).toHaveText('Chargement de la recherche…');
	release();
	await expect(status).toHaveText(/résultats/);

	const field = page.getByRole('searchbox', { name: 'Votre question' });
	await field.fill('zq');
	await expect(status).toHaveText('');
	await field.fill('zqxw');
	await expect(status).toHaveText(/^Aucun résultat/);
});
