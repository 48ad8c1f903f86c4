// A lesson on a phone: the next lesson is right under "J'ai terminé cette leçon", not
// behind the source list, and the breadcrumb does not repeat the page's own title.
import { test, expect, visit } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('"Leçon suivante" follows "J’ai terminé cette leçon" within a screen', async ({ page }) => {
	// The lesson with the longest source list of the course (16 sources in the audit).
	await visit(page, '/modules/introduction-aux-gem/pour-qui-et-ce-qu-il-n-est-pas/');
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	const next = page.getByRole('link', { name: /Leçon suivante/ });
	const doneBox = (await done.boundingBox())!;
	const nextBox = (await next.boundingBox())!;
	expect(nextBox.y - (doneBox.y + doneBox.height)).toBeLessThan(400);
	const sources = page.getByRole('heading', { level: 2, name: 'Sources' });
	expect((await sources.boundingBox())!.y).toBeGreaterThan(nextBox.y);

	const trail = page.getByRole('navigation', { name: 'Fil d’Ariane' });
	await expect(trail.getByRole('link', { name: 'Introduction aux GEM' })).toBeVisible();
	const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await expect(trail.getByText(title, { exact: true })).toBeHidden();
});
