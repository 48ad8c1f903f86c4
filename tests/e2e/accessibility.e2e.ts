// Every page's axe check and 320 px reflow run in the route sweep (route-sweep.e2e.ts).
import { test, expect, visit, lessonLinks, builtRoutes, axeViolations } from './fixtures';

const routes = builtRoutes();

test('the build prerenders the home page, module 01 and its lessons', () => {
	expect(routes).toContain('/');
	expect(routes).toContain('/modules/introduction-aux-gem/');
	expect(
		routes.filter((r) => r.startsWith('/modules/introduction-aux-gem/')).length
	).toBeGreaterThanOrEqual(4);
});

test('the axe helper the sweep uses reports real faults, in the whole page or in one part', async ({
	page
}) => {
	await visit(page, '/fiches/');
	expect(await axeViolations(page)).toEqual([]);
	await page.evaluate(() => {
		const image = document.createElement('img');
		image.src = '/icons/favicon.svg';
		document.querySelector('main')!.append(image);
		const faint = document.createElement('p');
		faint.textContent = 'Un texte presque invisible';
		faint.style.color = '#eeeeee';
		document.querySelector('footer')!.append(faint);
	});
	const all = await axeViolations(page);
	expect(all.some((line) => line.startsWith('image-alt: '))).toBe(true);
	expect(all.some((line) => line.startsWith('color-contrast: '))).toBe(true);
	// Narrowed to some rules, or to a part of the page, it reports only those.
	expect(await axeViolations(page, ['color-contrast'])).toEqual([
		expect.stringMatching(/^color-contrast: /)
	]);
	expect(await axeViolations(page, undefined, 'main')).toEqual([
		expect.stringMatching(/^image-alt: /)
	]);
});

test('keyboard only: skip link, lesson contents, mark done, next lesson', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/');
	const first = lessonLinks(page).first();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	// Freshly loaded, the first Tab reaches the skip link.
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#contenu$/);

	// Tab through the page to the completion button, pressing it with Space.
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	for (let i = 0; i < 60 && !(await done.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
		const visible = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		});
		expect(visible, 'every focused element shows a focus ring').toBe(true);
	}
	await expect(done).toBeFocused();
	await page.keyboard.press('Space');
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	await expect(done).toBeFocused();

	const next = page.getByRole('link', { name: /Leçon suivante/ });
	await next.focus();
	const nextTitle = (await next.textContent())!.replace('Leçon suivante', '').trim();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: nextTitle })).toBeFocused();
});

test('table of contents links land on their section', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/');
	await lessonLinks(page).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	const toc = page.getByRole('navigation', { name: 'Sommaire de la leçon' });
	const links = toc.getByRole('link');
	expect(await links.count()).toBeGreaterThan(1);
	const last = links.last();
	const title = (await last.textContent())!.trim();
	await last.click();
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeInViewport();
});
