import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';
import {
	test,
	expect,
	visit,
	controlledByServiceWorker,
	hydrated,
	ORIGIN,
	lessonLinks
} from './fixtures';

test('after one visit, every page works offline — visited or not', async ({ page, context }) => {
	await visit(page, '/');
	await controlledByServiceWorker(page);
	await page.getByRole('link', { name: 'Introduction aux GEM' }).click();
	// Client-side navigation: wait for the module page itself before going offline.
	await expect(page.getByRole('heading', { level: 1, name: 'Introduction aux GEM' })).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Introduction aux GEM' })).toBeVisible();

	// A lesson never opened before, reached by typing its address.
	const lessons = lessonLinks(page);
	const href = await lessons.last().getAttribute('href');
	const title = (await lessons.last().textContent())!.trim();
	await page.goto(href!);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();

	// Progress still works offline.
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	await done.click();
	await expect(done).toHaveAttribute('aria-pressed', 'true');

	// An address outside the course gets a clear French page instead of the browser's error.
	await page.goto('/nulle-part/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Cette page n’est pas disponible hors ligne' })
	).toBeVisible();
	await context.setOffline(false);
});

test('Chromium reports no installability errors for the web app manifest', async () => {
	// Installability is never granted to incognito contexts, which Playwright uses by default.
	const profile = mkdtempSync(join(tmpdir(), 'reperes-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROME_PATH,
		args: CHROME_ARGS
	});
	try {
		const page = await context.newPage();
		await visit(page, `${ORIGIN}/`);
		await controlledByServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const manifest = await (await page.request.get(`${ORIGIN}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({
			lang: 'fr',
			display: 'standalone',
			start_url: '/',
			short_name: 'Repères'
		});
		expect(
			manifest.icons.map(
				(icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`
			)
		).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the emergency card is one tap away on every page and opens offline, even never visited', async ({
	page,
	context
}) => {
	await visit(page, '/modules/introduction-aux-gem/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Urgence', exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'En cas d’urgence' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Appeler le 15' }).first()).toHaveAttribute(
		'href',
		'tel:15'
	);
	await expect(page.getByRole('link', { name: 'Appeler le 3114' }).first()).toHaveAttribute(
		'href',
		'tel:3114'
	);
	await expect(page.getByRole('link', { name: 'Appeler le 09 72 39 40 50' })).toHaveAttribute(
		'href',
		'tel:0972394050'
	);
	// The 114 takes no voice calls: an SMS link, never tel:.
	await expect(page.getByRole('link', { name: 'Envoyer un SMS au 114' }).first()).toHaveAttribute(
		'href',
		'sms:114'
	);
	await expect(page.locator('a[href="tel:114"]')).toHaveCount(0);
	// The 115 finds a bed, not an ambulance: it has its own section, apart from the medical numbers.
	const social = page.getByRole('region', { name: /Urgence sociale/ });
	await expect(social.getByRole('link', { name: 'Appeler le 115' })).toHaveAttribute(
		'href',
		'tel:115'
	);
	await expect(
		page.getByRole('region', { name: 'Les numéros' }).getByRole('link', { name: 'Appeler le 115' })
	).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /ne reste jamais seule/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /ne restez pas seul avec elle/ })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'En cas d’urgence' })).toBeVisible();
	await context.setOffline(false);
});
