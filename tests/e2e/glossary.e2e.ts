import { test, expect, visit, expectNoAxeViolations } from './fixtures';

test('a glossary term in a lesson opens its definition with the keyboard', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/');
	const first = page.getByRole('main').getByRole('button', { expanded: false }).first();
	const controls = (await first.getAttribute('aria-controls'))!;
	// A locator that keeps pointing at this term once it is expanded.
	const term = page.locator(`button[aria-controls="${controls}"]`);
	const name = (await term.textContent())!.trim();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(term).toHaveAttribute('aria-expanded', 'true');
	const panel = page.locator(`[id="${controls}"]`);
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('link', { name: 'Voir dans le glossaire' })).toHaveAttribute(
		'href',
		/^\/glossaire\/#[a-z0-9-]+$/
	);
	await expectNoAxeViolations(page);
	await expect(term).toHaveAccessibleDescription('Affiche sa définition');
	// Escape folds it from its link too, and focus goes back to the term.
	await panel.getByRole('link', { name: 'Voir dans le glossaire' }).focus();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(term).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Space');
	await expect(term).toHaveAttribute('aria-expanded', 'false');
	await expect(panel).toHaveCount(0);
	expect(name.length).toBeGreaterThan(1);
});

test('without JavaScript, a glossary term is a plain link to its entry', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/');
	const link = page.getByRole('main').locator('a.term').first();
	const href = (await link.getAttribute('href'))!;
	expect(href).toMatch(/^\/glossaire\/#[a-z0-9-]+$/);
	await link.click();
	await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
	await context.close();
});

test('the glossary page lists every term under an A–Z index', async ({ page }) => {
	await visit(page, '/glossaire/');
	const index = page.getByRole('navigation', { name: 'Index alphabétique' });
	await expect(index.getByRole('link', { name: 'G', exact: true })).toBeVisible();
	await index.getByRole('link', { name: 'G', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'G' })).toBeInViewport();
	expect(await page.getByRole('term').count()).toBeGreaterThanOrEqual(60);
	await expect(page.getByRole('term').filter({ hasText: /^GEM$/ })).toBeVisible();
});
