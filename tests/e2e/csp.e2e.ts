// The Content-Security-Policy is the second wall against script slipped into content: a
// script or style injected at run time must not run, and the fixture must notice it.
import { test, expect, visit } from './fixtures';

test('every page carries a strict CSP: no inline script or style runs, and the attempt is reported', async ({
	page,
	cspViolations
}) => {
	await visit(page, '/modules/troubles/reagir-en-situation-de-crise/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toContain('unsafe-inline');
	expect(policy).not.toContain('unsafe-eval');

	const ran = await page.evaluate(async () => {
		const w = window as unknown as { injected?: boolean };
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
		const link = document.createElement('a');
		link.setAttribute('onclick', 'window.injected = true');
		document.body.append(link);
		link.click();
		link.setAttribute('style', 'color: red');
		await new Promise((resolve) => setTimeout(resolve, 100));
		return w.injected ?? false;
	});
	expect(ran).toBe(false);
	await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(3);
	expect(cspViolations.filter((text) => text.includes('script-src')).length).toBe(2);
	expect(cspViolations.some((text) => text.includes('style-src-attr'))).toBe(true);
	// Reported as expected: the fixture must not fail this test for them.
	cspViolations.length = 0;
});

test('client-side navigation (with its screen-reader announcement) breaks no policy', async ({
	page
}) => {
	await visit(page, '/');
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await nav.getByText('Menu').click();
	await nav.getByRole('link', { name: 'Fiches' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Kit's announcer (a live region with its own style attribute) speaks the new title.
	await expect(page.locator('#svelte-announcer')).not.toBeEmpty();
});
