import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * js-aruco2 (the voting cards' detector) exports through CommonJS's top-level `this`, which a
 * bundler reads as an ES module's `undefined`: this names `exports` instead, so the bundler
 * sees CommonJS. Node (vitest, the bench) loads the package as it is.
 */
const jsAruco2CommonJs = (): Plugin => ({
	name: 'reperes-js-aruco2-commonjs',
	transform(code, id) {
		if (!/js-aruco2\/src\/(aruco|cv)\.js$/.test(id)) return null;
		return { code: code.replace(/\bthis\.(AR|CV)\b/g, 'exports.$1'), map: null };
	}
});

export default defineConfig({
	plugins: [jsAruco2CommonJs(), sveltekit()],
	worker: { format: 'es', plugins: () => [jsAruco2CommonJs()] },
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		benchmark: { include: ['tests/bench/**/*.bench.ts'] }
	}
});
