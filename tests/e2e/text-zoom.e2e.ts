// The header at normal text size on two phones; every page at 200 % text size is checked
// by the route sweep (route-sweep.e2e.ts).
import { test, expect, hydrated } from './fixtures';
import { PHONE } from './text-zoom-measure';

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const screen of [PHONE, { width: 320, height: 640 }]) {
	test(`the header takes under 15 % of a ${screen.width}×${screen.height} first screen`, async ({
		page
	}) => {
		await page.setViewportSize(screen);
		for (const route of ['/', '/urgence/', '/recherche/']) {
			await page.goto(route);
			await hydrated(page);
			const header = page.getByRole('banner');
			const box = (await header.boundingBox())!;
			expect(box.height, route).toBeLessThan(screen.height * 0.15);
			await expect(header.getByRole('link', { name: 'Urgence' })).toBeVisible();
			await expect(header.getByRole('link', { name: 'Rechercher' })).toBeVisible();
			await expect(header.getByText('Menu')).toBeVisible();
		}
	});
}
