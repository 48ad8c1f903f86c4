// deploy/nginx.conf is what a GEM federation puts on its server: Debian's nginx runs that
// file on the test build, and a browser installs and uses the app behind it. `npm start`
// (deploy/serve.js) must behave the same, so every check runs against both.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { test, expect, hydrated, controlledByServiceWorker } from './fixtures';
import { nginxMissing, startNginx } from '../tools/nginx';
import { securityHeaders } from '../../deploy/headers.js';
import { handler } from '../../deploy/serve.js';
import { E2E_PORT } from '../tools/e2e-port.js';

interface Host {
	url: string;
	stop(): Promise<void>;
}

async function startNodeServer(build: string, port: number): Promise<Host> {
	const server = createServer(handler(build));
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () => new Promise((done) => server.close(() => done()))
	};
}

const missing = nginxMissing();
if (missing) console.log(`Skipping the nginx half of tests/e2e/deploy.e2e.ts: ${missing}.`);

// Beside the test build's port (E2E_PORT) and the update test's (E2E_PORT + 1).
const HOSTS = [
	{
		name: 'nginx with deploy/nginx.conf',
		port: E2E_PORT + 5,
		start: startNginx as (build: string, port: number) => Promise<Host>
	},
	{ name: 'npm start (deploy/serve.js)', port: E2E_PORT + 6, start: startNodeServer }
];

for (const { name, port, start } of HOSTS) {
	test.describe(name, () => {
		test.skip(name.startsWith('nginx') && missing !== null, missing ?? '');
		let server: Host;
		test.beforeAll(async () => {
			server = await start('build', port);
		});
		test.afterAll(async () => server?.stop());
		hostTests(() => server);
	});
}

function hostTests(host: () => Host) {
	const chunk = readdirSync('build/_app/immutable/entry').find((name) => name.endsWith('.js'));

	test('every kind of file gets the documented security and caching headers', async ({
		request
	}) => {
		for (const path of [
			'/',
			'/fiches/conges-payes/',
			'/fiches/conges-payes/__data.json',
			'/service-worker.js',
			'/manifest.webmanifest',
			`/_app/immutable/entry/${chunk}`
		]) {
			const response = await request.get(`${host().url}${path}`);
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			expect(headers, path).toMatchObject(securityHeaders(path));
		}
		const manifest = await request.get(`${host().url}/manifest.webmanifest`);
		expect(manifest.headers()['content-type']).toBe('application/manifest+json');
		const home = await request.get(`${host().url}/`, { headers: { 'accept-encoding': 'gzip' } });
		expect(home.headers()['content-encoding']).toBe('gzip');
		expect(home.headers()['cache-control']).toBe('no-cache');
		expect(home.headers()['cache-control']).toBe(securityHeaders('/')['cache-control']);
		// Only trainer pages may ever use the camera.
		const trainer = await request.get(`${host().url}/formateur/`);
		expect(trainer.headers()['permissions-policy']).toContain('camera=(self)');
		expect(home.headers()['permissions-policy']).toContain('camera=()');
	});

	test('a page asked for without its slash is redirected to its prerendered folder', async ({
		request
	}) => {
		const response = await request.get(`${host().url}/fiches/conges-payes`, { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers().location).toBe('/fiches/conges-payes/');
	});

	test('an unknown address gets a 404 and the app’s French page', async ({ page, request }) => {
		const response = await request.get(`${host().url}/nulle-part/`);
		expect(response.status()).toBe(404);
		expect(response.headers()).toMatchObject(securityHeaders('/nulle-part/'));
		await page.goto(`${host().url}/nulle-part/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Revenir au parcours' })).toBeVisible();
	});

	test('behind this server the app installs, then works offline', async ({ page, context }) => {
		await page.goto(`${host().url}/`);
		await hydrated(page);
		await controlledByServiceWorker(page);
		await context.setOffline(true);
		await page.goto(`${host().url}/modules/troubles/reagir-en-situation-de-crise/`);
		await hydrated(page);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Réagir en situation de crise' })
		).toBeVisible();
		await page.goto(`${host().url}/urgence/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await context.setOffline(false);
	});
}
