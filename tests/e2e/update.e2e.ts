import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, hydrated, controlledByServiceWorker, lessonLinks } from './fixtures';
import { startStaticServer, type SwappableServer } from '../tools/static-server';
import type { Page } from '@playwright/test';
import { E2E_PORT } from '../tools/e2e-port.js';

// Build A is the test build (build/); build B was made just before it by the web server
// command (tests/.cache/build-next), so the two differ in version and entry chunks.
const BUILD_A = 'build';
const BUILD_B = 'tests/.cache/build-next';
const PORT = E2E_PORT + 1;

let server: SwappableServer;
test.beforeAll(async () => {
	server = await startStaticServer(BUILD_A, PORT);
});
test.afterAll(async () => server.close());

const versionOf = (page: Page) =>
	page.locator('meta[name="reperes-version"]').getAttribute('content');
const offer = (page: Page) => page.getByText('Une nouvelle version est disponible.');
const entryChunk = (build: string) =>
	readdirSync(`${build}/_app/immutable/entry`).find((name) => name.startsWith('app.'))!;

test('a new version waits for the reader; open pages keep working on the old one', async ({
	context
}) => {
	test.setTimeout(180_000);
	const first = await context.newPage();
	await first.goto(`${server.url}/modules/introduction-aux-gem/`);
	await hydrated(first);
	await controlledByServiceWorker(first);
	const versionA = await versionOf(first);

	server.serve(BUILD_B);
	// The periodic check a long-open page makes, done now.
	await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
	// The new worker precaches the whole course before it waits: give it time (the route sweep
	// may be sharing the two cores meanwhile).
	await expect(offer(first)).toBeVisible({ timeout: 120_000 });

	// Nothing changed under the reader: client-side navigation still runs version A.
	const lessons = lessonLinks(first);
	const title = (await lessons.first().textContent())!.trim();
	await lessons.first().click();
	await expect(first.getByRole('heading', { level: 1, name: title })).toBeVisible();
	expect(await versionOf(first)).toBe(versionA);

	// A second tab accepts the update and reloads onto version B.
	const second = await context.newPage();
	await second.goto(`${server.url}/`);
	await hydrated(second);
	await expect(offer(second)).toBeVisible();
	await Promise.all([
		second.waitForEvent('load'),
		second.getByRole('button', { name: 'Mettre à jour maintenant' }).click()
	]);
	await hydrated(second);
	const versionB = await versionOf(second);
	expect(versionB).not.toBe(versionA);
	await expect(offer(second)).toHaveCount(0);

	// The first tab was not reloaded behind the reader's back: it still runs A, offers the
	// update, and A's own files (gone from the server) still load from the old cache.
	expect(await versionOf(first)).toBe(versionA);
	await expect(offer(first)).toBeVisible();
	const oldChunk = `/_app/immutable/entry/${entryChunk(BUILD_A)}`;
	expect((await first.request.get(`${server.url}${oldChunk}`)).status()).toBe(404);
	expect(await first.evaluate(async (url) => (await fetch(url)).status, oldChunk)).toBe(200);

	// When the first tab moves on too, version A's cache is no longer needed and goes.
	await Promise.all([
		first.waitForEvent('load'),
		first.getByRole('button', { name: 'Mettre à jour maintenant' }).click()
	]);
	await hydrated(first);
	expect(await versionOf(first)).toBe(versionB);
	await expect
		.poll(() =>
			first.evaluate(async () => (await caches.keys()).filter((k) => k !== 'reperes-clients'))
		)
		.toEqual([`reperes-${versionB}`]);
});

/** Build C: build B under a newer version number (a third deploy, without a third build). */
function makeBuildC(): string {
	const C = 'tests/.cache/build-third';
	const versionB = (
		JSON.parse(readFileSync(`${BUILD_B}/_app/version.json`, 'utf8')) as {
			version: string;
		}
	).version;
	const versionC = String(Number(versionB) + 1);
	rmSync(C, { recursive: true, force: true });
	cpSync(BUILD_B, C, { recursive: true });
	const rewrite = (dir: string): void => {
		for (const name of readdirSync(dir, { withFileTypes: true })) {
			const path = `${dir}/${name.name}`;
			if (name.isDirectory()) rewrite(path);
			else if (/\.(html|js|json)$/.test(name.name)) {
				const text = readFileSync(path, 'utf8');
				if (text.includes(versionB)) writeFileSync(path, text.replaceAll(versionB, versionC));
			}
		}
	};
	rewrite(C);
	return C;
}

async function acceptUpdate(page: Page) {
	await page.reload();
	await hydrated(page);
	await expect(offer(page)).toBeVisible({ timeout: 60_000 });
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Mettre à jour maintenant' }).click()
	]);
	await hydrated(page);
}

test('a page left open on version A still plays a scenario it never loaded after A → B → C', async ({
	context
}) => {
	test.setTimeout(180_000);
	const buildC = makeBuildC();
	server.serve(BUILD_A);
	const old = await context.newPage();
	await old.goto(`${server.url}/modules/introduction-aux-gem/`);
	await hydrated(old);
	await controlledByServiceWorker(old);
	await expect(old.getByText('Disponible hors ligne', { exact: true })).toBeVisible({
		timeout: 60_000
	});
	const versionA = await versionOf(old);

	const other = await context.newPage();
	await other.goto(`${server.url}/`);
	await hydrated(other);
	server.serve(BUILD_B);
	await acceptUpdate(other);
	const versionB = await versionOf(other);
	server.serve(buildC);
	await acceptUpdate(other);
	const versionC = await versionOf(other);
	expect(new Set([versionA, versionB, versionC]).size).toBe(3);

	// The old page, still on A, goes to a scenario lesson: its player and scenario load.
	await old.getByRole('link', { name: 'Comment vit un GEM' }).first().click();
	await old.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await expect(old.getByRole('heading', { name: /^Étape 1\b/ })).toBeVisible();
	expect(await versionOf(old)).toBe(versionA);
});
