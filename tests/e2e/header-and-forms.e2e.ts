// The header's "Menu" by keyboard, and the contrast of form fields that axe does not check
// (a field's border against what surrounds it, its placeholder against the field).
import type { Locator } from '@playwright/test';
import { test, expect, visit } from './fixtures';

test('"Menu" opens with the keyboard, Escape closes it and focus comes back', async ({ page }) => {
	await visit(page, '/fiches/');
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	const menu = nav.locator('details');
	const toggle = nav.getByText('Menu');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('open', '');
	const links = nav.getByRole('list').getByRole('link');
	await expect(links.first()).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Fiches' })).toHaveAttribute('aria-current', 'page');
	await page.keyboard.press('Tab');
	await expect(links.first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).not.toHaveAttribute('open', '');
	await expect(toggle).toBeFocused();

	// Following a link closes it, and focus goes to the new page's title.
	await page.keyboard.press('Enter');
	await nav.getByRole('link', { name: 'Glossaire' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeFocused();
	await expect(menu).not.toHaveAttribute('open', '');
	// The focused title announces the new page; SvelteKit's live announcer would say it twice.
	await expect(page.locator('#svelte-announcer')).toHaveAttribute('aria-live', 'off');
});

/** Contrast ratios of a field: border against its surroundings, placeholder against the field. */
function fieldContrast(field: Locator) {
	return field.evaluate((input: HTMLInputElement) => {
		const rgb = (color: string) =>
			color
				.match(/[\d.]+/g)!
				.slice(0, 3)
				.map(Number);
		const luminance = (color: string) => {
			const [r, g, b] = rgb(color).map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const ratio = (a: string, b: string) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi + 0.05) / (lo + 0.05);
		};
		const background = (element: Element | null): string => {
			for (let node = element; node; node = node.parentElement) {
				const color = getComputedStyle(node).backgroundColor;
				if (!/rgba\(.*, 0\)|transparent/.test(color)) return color;
			}
			return 'rgb(255, 255, 255)';
		};
		const style = getComputedStyle(input);
		return {
			border: ratio(style.borderTopColor, background(input.parentElement)),
			borderInside: ratio(style.borderTopColor, background(input)),
			placeholder: ratio(getComputedStyle(input, '::placeholder').color, background(input))
		};
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`search fields: border at least 3:1 and placeholder 4.5:1 (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await visit(page, '/recherche/');
		for (const name of ['Rechercher dans Repères', 'Votre question']) {
			const contrast = await fieldContrast(page.getByRole('searchbox', { name }));
			expect(contrast.border, name).toBeGreaterThanOrEqual(3);
			expect(contrast.borderInside, name).toBeGreaterThanOrEqual(3);
			expect(contrast.placeholder, name).toBeGreaterThanOrEqual(4.5);
		}
		await visit(page, '/urgence/');
		await page.getByRole('button', { name: 'Remplir les contacts du GEM' }).click();
		const contrast = await fieldContrast(page.getByRole('textbox', { name: 'Code de la porte' }));
		expect(contrast.border).toBeGreaterThanOrEqual(3);
	});
}
