import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './tools/chromium.js';

// Paths resolve from this file's folder (tests/). Every run builds what it tests and serves
// it on 4174, so a running `npm start` (4173) never collides.

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: 'http://localhost:4174',
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: CHROME_PATH,
					args: CHROME_ARGS
				}
			}
		}
	],
	webServer: {
		// The second build (served by the update test only) must come first: the last build
		// is the one `vite preview` serves from .svelte-kit/output.
		command:
			'REPERES_BUILD_DIR=tests/.cache/build-next npm run build && npm run build && npx vite preview --port 4174 --strictPort',
		cwd: '..',
		url: 'http://localhost:4174/',
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
