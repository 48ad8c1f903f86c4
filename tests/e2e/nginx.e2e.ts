// deploy/nginx.conf is what a GEM federation puts on its server: Debian's nginx runs that
// file on the test build, and a browser installs and uses the app behind it.
import { readdirSync } from 'node:fs';
import { test, expect, hydrated, controlledByServiceWorker } from './fixtures';
import { nginxMissing, startNginx, type Nginx } from '../tools/nginx';
import { securityHeaders } from '../../deploy/headers.js';
import { E2E_PORT } from '../tools/e2e-port.js';

const missing = nginxMissing();
if (missing) console.log(`Skipping tests/e2e/nginx.e2e.ts: ${missing}.`);
test.skip(missing !== null, missing ?? '');

// Beside the test build's port (E2E_PORT) and the update test's (E2E_PORT + 1).
const PORT = E2E_PORT + 5;
let nginx: Nginx;
test.beforeAll(async () => {
	nginx = await startNginx('build', PORT);
});
test.afterAll(async () => nginx?.stop());

const chunk = readdirSync('build/_app/immutable/entry').find((name) => name.endsWith('.js'));

test('every kind of file gets the documented security and caching headers', async ({ request }) => {
	for (const path of [
		'/',
		'/fiches/conges-payes/',
		'/fiches/conges-payes/__data.json',
		'/service-worker.js',
		'/manifest.webmanifest',
		`/_app/immutable/entry/${chunk}`
	]) {
		const response = await request.get(`${nginx.url}${path}`);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers, path).toMatchObject(securityHeaders(path));
	}
	const manifest = await request.get(`${nginx.url}/manifest.webmanifest`);
	expect(manifest.headers()['content-type']).toBe('application/manifest+json');
	const home = await request.get(`${nginx.url}/`, { headers: { 'accept-encoding': 'gzip' } });
	expect(home.headers()['content-encoding']).toBe('gzip');
	expect(home.headers()['cache-control']).toBe('no-cache');
	expect(home.headers()['cache-control']).toBe(securityHeaders('/')['cache-control']);
	// Only trainer pages may ever use the camera.
	const trainer = await request.get(`${nginx.url}/formateur/`);
	expect(trainer.headers()['permissions-policy']).toContain('camera=(self)');
	expect(home.headers()['permissions-policy']).toContain('camera=()');
});

test('a page asked for without its slash is redirected to its prerendered folder', async ({
	request
}) => {
	const response = await request.get(`${nginx.url}/fiches/conges-payes`, { maxRedirects: 0 });
	expect(response.status()).toBe(301);
	expect(response.headers().location).toBe('/fiches/conges-payes/');
});

test('an unknown address gets a 404 and the app’s French page', async ({ page, request }) => {
	const response = await request.get(`${nginx.url}/nulle-part/`);
	expect(response.status()).toBe(404);
	expect(response.headers()).toMatchObject(securityHeaders('/nulle-part/'));
	await page.goto(`${nginx.url}/nulle-part/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Revenir au parcours' })).toBeVisible();
});

test('behind nginx the app installs, then works offline', async ({ page, context }) => {
	await page.goto(`${nginx.url}/`);
	await hydrated(page);
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await page.goto(`${nginx.url}/modules/troubles/reagir-en-situation-de-crise/`);
	await hydrated(page);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Réagir en situation de crise' })
	).toBeVisible();
	await page.goto(`${nginx.url}/urgence/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.setOffline(false);
});
