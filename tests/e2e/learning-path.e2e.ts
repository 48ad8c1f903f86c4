import { test, expect, visit, hydrated, lessonLinks } from './fixtures';

const MODULE = 'Introduction aux GEM';

test('a new animateur sees the whole course map, in the order of the CNSA guide', async ({
	page
}) => {
	await visit(page, '/');
	await expect(page.getByRole('heading', { level: 1, name: 'Repères' })).toBeVisible();
	const parties = page.getByRole('heading', { level: 2, name: /^Partie \d/ });
	await expect(parties).toHaveText([
		/Partie 1\s*Découvrir les GEM/,
		/Partie 2\s*Être animateur/,
		/Partie 3\s*Ressources clés/
	]);
	const modules = page.getByRole('heading', { level: 3 });
	await expect(modules).toHaveCount(11);
	await expect(modules.first()).toContainText(MODULE);
	// Modules without lessons are announced, never a broken link.
	const pending = page.locator('article', { hasText: 'En préparation' });
	for (const card of await pending.all()) {
		await expect(card.getByRole('link')).toHaveCount(0);
	}
});

test('home → module → lesson → mark done → reload: still done, and the module counts it', async ({
	page
}) => {
	await visit(page, '/');
	await page.getByRole('link', { name: MODULE }).click();
	await expect(page.getByRole('heading', { level: 1, name: MODULE })).toBeFocused();
	await expect(page.getByText(/^Progression : 0 sur \d+ terminé$/)).toBeVisible();

	const lessons = page.getByRole('region', { name: 'Les leçons' }).getByRole('listitem');
	const firstTitle = (await lessons.first().getByRole('link').textContent())!.trim();
	await lessons.first().getByRole('link').click();
	const heading = page.getByRole('heading', { level: 1, name: firstTitle });
	await expect(heading).toBeFocused();
	await expect(page.getByText('État : En cours')).toBeVisible();

	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	await expect(done).toHaveAttribute('aria-pressed', 'false');
	await done.click();
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.getByRole('status').filter({ hasText: 'Leçon marquée comme terminée.' })
	).toBeAttached();

	await page.reload();
	await hydrated(page);
	await expect(page.getByText('État : Terminée')).toBeVisible();
	await expect(page.getByRole('button', { name: 'J’ai terminé cette leçon' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page
		.getByRole('navigation', { name: 'Fil d’Ariane' })
		.getByRole('link', { name: MODULE })
		.click();
	await expect(page.getByText(/^Progression : 1 sur \d+ terminé$/)).toBeVisible();
	await expect(lessons.first()).toContainText('Terminée');
});

test('"Reprendre" brings the reader back to the lesson and place where they stopped', async ({
	page
}) => {
	await visit(page, '/');
	await expect(page.getByRole('link', { name: 'Reprendre' })).toHaveCount(0);
	await page.getByRole('link', { name: MODULE }).click();
	const lessons = lessonLinks(page);
	const secondTitle = (await lessons.nth(1).textContent())!.trim();
	await lessons.nth(1).click();
	await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeFocused();
	await page.getByRole('heading', { name: 'Sources', exact: true }).scrollIntoViewIfNeeded();
	const scrolled = await page.evaluate(() => window.scrollY);
	expect(scrolled).toBeGreaterThan(300);
	// The place is saved a moment after scrolling stops.
	await page.waitForTimeout(1200);

	await visit(page, '/');
	await expect(page.getByText(`Dernière leçon ouverte : ${secondTitle}`)).toBeVisible();
	await page.getByRole('link', { name: 'Reprendre' }).click();
	await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeAttached();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 150);
	await expect(page).toHaveURL(/\/modules\/introduction-aux-gem\/[a-z0-9-]+\/$/);
});

test('a second tab sees a lesson marked done in the first, live', async ({ page, context }) => {
	await visit(page, '/modules/introduction-aux-gem/');
	const other = await context.newPage();
	await visit(other, '/modules/introduction-aux-gem/');
	await expect(other.getByText(/^Progression : 0 sur \d+ terminé$/)).toBeVisible();

	await lessonLinks(page).first().click();
	await page.getByRole('button', { name: 'J’ai terminé cette leçon' }).click();

	await expect(other.getByText(/^Progression : 1 sur \d+ terminé$/)).toBeVisible();
	await expect(other.getByRole('region', { name: 'Les leçons' }).getByText('Terminée')).toHaveCount(
		1
	);
});

test('without IndexedDB the course stays readable and says progress is not saved', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await visit(page, '/modules/introduction-aux-gem/');
	await expect(
		page.getByText(/Votre progression ne peut pas être enregistrée sur cet appareil/)
	).toBeVisible();
	await lessonLinks(page).first().click();
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	await done.click();
	// Nothing is silently lost: the choice stays visible for this visit.
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('État : Terminée')).toBeVisible();
});
