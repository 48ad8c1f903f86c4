import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './tools/chromium.js';
import { E2E_PORT } from './tools/e2e-port.js';

// Paths resolve from this file's folder (tests/). Every run builds what it tests and serves
// it on 4174 (E2E_PORT overrides it, so parallel checkouts never collide), so a running
// `npm start` (4173) never collides.

const CHROMIUM = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS }
};
const ALONE = '**/update.e2e.ts';

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.e2e.ts',
	// Two workers: the route sweep's shards share the 2-core machine; other files run beside it.
	workers: 2,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${E2E_PORT}`,
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: ALONE,
			use: CHROMIUM
		},
		{
			// The update test times a new worker's precache of the whole course: it runs last,
			// alone, so the two cores are not shared with the route sweep meanwhile. Its first
			// test misses the "nouvelle version" offer about one run in three (cause not yet
			// found, see the stop note of issue 14): one retry, reported as flaky, until fixed.
			name: 'alone',
			retries: 1,
			testMatch: ALONE,
			dependencies: ['chromium'],
			use: CHROMIUM
		}
	],
	webServer: {
		// The second build (served by the update test only) must come first: the last build
		// is the one `vite preview` serves from .svelte-kit/output.
		command:
			'REPERES_BUILD_DIR=tests/.cache/build-next npm run build && npm run build && npx vite preview --port ' +
			E2E_PORT +
			' --strictPort',
		cwd: '..',
		url: `http://localhost:${E2E_PORT}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
