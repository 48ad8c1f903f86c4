// The offline install on a weak network and on real hosting headers (reliability review §3c,
// §6): a flaky server, a server that goes away mid-install, and updates served with GitHub
// Pages' and nginx's default caching headers.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, controlledByServiceWorker } from './fixtures';
import { startStaticServer, type CachingHeaders } from '../tools/static-server';
import { E2E_PORT } from '../tools/e2e-port.js';
import { precacheFiles } from '../tools/budgets.js';

const BUILD_A = 'build';
const BUILD_B = 'tests/.cache/build-next';
const PORT = E2E_PORT + 2;

/** What the worker must store, as the URLs it asks for (pages by their folder). */
const expectedPrecache = (build: string) =>
	precacheFiles(build).map((file) => {
		const url = file.slice(build.length);
		return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
	});

const versionOf = (build: string) =>
	(JSON.parse(readFileSync(`${build}/_app/version.json`, 'utf8')) as { version: string }).version;

async function cachedUrls(page: Page, version: string) {
	return page.evaluate(async (name) => {
		const cache = await caches.open(name);
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	}, `reperes-${version}`);
}

const complete = (page: Page) => page.getByText('Disponible hors ligne', { exact: true });
const partial = (page: Page) => page.getByText(/^Disponible hors ligne : \d+ %/);

test('with 10 % of downloads failing, the whole course still ends up on the device', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	const server = await startStaticServer(BUILD_A, PORT);
	try {
		server.failFetches(0.1);
		await page.goto(`${server.url}/`);
		await hydrated(page);
		// The footer shows the download, then its end.
		await expect(partial(page).or(complete(page))).toBeVisible({ timeout: 30_000 });
		await expect(complete(page)).toBeVisible({ timeout: 120_000 });
		expect(server.failures(), 'the server really failed requests').toBeGreaterThan(10);
		expect((await cachedUrls(page, versionOf(BUILD_A))).sort()).toEqual(
			expectedPrecache(BUILD_A).sort()
		);

		await context.setOffline(true);
		for (const [path, title] of [
			['/modules/troubles/reagir-en-situation-de-crise/', 'Réagir en situation de crise'],
			['/urgence/', /urgence/i]
		] as const) {
			await page.goto(`${server.url}${path}`);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		}
		// A link followed offline: its page data is not stored (the page carries it), so the
		// router loads the page itself from the cache.
		const nav = page.getByRole('navigation', { name: 'Navigation principale' });
		await nav.getByText('Menu').click();
		await nav.getByRole('link', { name: 'Parcours', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Introduction aux GEM' })).toBeVisible();
	} finally {
		await context.setOffline(false);
		await server.close();
	}
});

test('a server gone mid-install leaves a working, partly saved course that completes on the next visit', async ({
	page
}) => {
	test.setTimeout(150_000);
	const server = await startStaticServer(BUILD_A, PORT);
	try {
		// The shell (every /_app/ file) and a few dozen pages arrive, then the server goes away.
		const shell = expectedPrecache(BUILD_A).filter((url) => url.startsWith('/_app/')).length;
		server.goAwayAfter(shell + 30);
		await page.goto(`${server.url}/`);
		await hydrated(page);
		// The install gives up on what it cannot fetch and still takes over: the course works
		// offline as far as it got, and the footer says so.
		await controlledByServiceWorker(page);
		await expect(partial(page)).toContainText('la suite se téléchargera', { timeout: 60_000 });

		await page.goto(`${server.url}/`);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// A page not yet saved (pages of the last kind come last): the offline page says so and
		// lists what is missing.
		await page.goto(`${server.url}/scenarios/trouver-le-bon-partenaire/`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Cette page n’est pas disponible hors ligne' })
		).toBeVisible();
		await hydrated(page);
		const missing = page
			.getByRole('list')
			.getByRole('link', { name: 'scenarios › trouver le bon partenaire' });
		await expect(missing).toBeVisible();

		// Next visit with the server back: the rest is fetched, and nothing more is needed.
		server.comeBack();
		await page.goto(`${server.url}/`);
		await hydrated(page);
		await expect(complete(page)).toBeVisible({ timeout: 60_000 });
		server.goAwayAfter(0);
		await page.goto(`${server.url}/scenarios/trouver-le-bon-partenaire/`);
		await hydrated(page);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Trouver le bon partenaire' })
		).toBeVisible();
	} finally {
		await server.close();
	}
});

for (const caching of ['github', 'nginx'] as CachingHeaders[]) {
	test(`with ${caching} caching headers, "Mettre à jour" really brings the new version`, async ({
		page,
		context
	}) => {
		test.setTimeout(150_000);
		const server = await startStaticServer(BUILD_A, PORT, caching);
		const [versionA, versionB] = [versionOf(BUILD_A), versionOf(BUILD_B)];
		const pageVersion = () => page.locator('meta[name="reperes-version"]').getAttribute('content');
		try {
			await page.goto(`${server.url}/modules/troubles/`);
			await hydrated(page);
			await controlledByServiceWorker(page);
			await expect(complete(page)).toBeVisible({ timeout: 60_000 });
			expect(await pageVersion()).toBe(versionA);

			server.serve(BUILD_B);
			await page.reload();
			await hydrated(page);
			await expect(page.getByText('Une nouvelle version est disponible.')).toBeVisible({
				timeout: 90_000
			});
			await Promise.all([
				page.waitForEvent('load'),
				page.getByRole('button', { name: 'Mettre à jour maintenant' }).click()
			]);
			await hydrated(page);
			expect(await pageVersion()).toBe(versionB);

			// Offline, every page now comes from version B's cache, filled with B's pages.
			await context.setOffline(true);
			await page.goto(`${server.url}/modules/troubles/reagir-en-situation-de-crise/`);
			await hydrated(page);
			expect(await pageVersion()).toBe(versionB);
			await expect
				.poll(() =>
					page.evaluate(async () => (await caches.keys()).filter((k) => k !== 'reperes-clients'))
				)
				.toEqual([`reperes-${versionB}`]);
		} finally {
			await context.setOffline(false);
			await server.close();
		}
	});
}
