import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * js-aruco2 (the voting cards' detector) exports through CommonJS's top-level `this`, which a
 * bundler reads as an ES module's `undefined`: this names `exports` instead, so the bundler
 * sees CommonJS. Its two built-in dictionaries (5 KB gzip) are left out: the cards use ours
 * (src/lib/trainer/vote/cards.ts). Node (vitest, the bench) loads the package as it is.
 */
const jsAruco2CommonJs = (): Plugin => ({
	name: 'reperes-js-aruco2-commonjs',
	transform(code, id) {
		if (!/js-aruco2\/src\/(aruco|cv)\.js$/.test(id)) return null;
		const bundled = code
			.replace(/\bthis\.(AR|CV)\b/g, 'exports.$1')
			.replace(/^AR\.DICTIONARIES = \{[\s\S]*?\n\};$/m, 'AR.DICTIONARIES = {};');
		return { code: bundled, map: null };
	}
});

/** Modules only the room vote with cards uses (trainer mode, issue 18). */
const VOTE_MODULE = /\/src\/(lib\/trainer\/vote|routes\/formateur\/cartes)\/|\/js-aruco2\//;

/**
 * The vote's chunks stay out of the offline copy (src/lib/pwa/online-only.js says why). Their
 * names are hashes: this lists them for the byte budgets (build/_app/vote-chunks.json) and
 * for the service worker, as a build constant. Kit builds the client in a second Vite build,
 * then the service worker with the first build's `define`: every build's `define` is kept
 * (on globalThis, shared by both loads of this file) and given the list.
 */
const defines: Set<Record<string, unknown>> = ((
	globalThis as Record<string, unknown>
).__reperesDefines ??= new Set()) as never;

function voteChunksOnlineOnly(): Plugin {
	return {
		name: 'reperes-vote-chunks-online-only',
		configResolved(config) {
			if (config.define) defines.add(config.define);
		},
		generateBundle(_, bundle) {
			if (this.environment?.name !== 'client') return;
			const files: string[] = [];
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk' || !file.moduleIds.length) continue;
				if (!file.moduleIds.every((id) => VOTE_MODULE.test(id))) continue;
				const css = [...(file.viteMetadata?.importedCss ?? [])];
				files.push(`/${file.fileName}`, ...css.map((name) => `/${name}`));
			}
			for (const define of defines) define.__REPERES_VOTE_CHUNKS__ = JSON.stringify(files);
			this.emitFile({
				type: 'asset',
				fileName: '_app/vote-chunks.json',
				source: JSON.stringify(files)
			});
		}
	};
}

export default defineConfig({
	plugins: [jsAruco2CommonJs(), voteChunksOnlineOnly(), sveltekit()],
	define: { __REPERES_VOTE_CHUNKS__: '[]' },
	// No modulepreload links injected at run time: Vite's helper spent ~100 ms of main thread
	// per page load adding them (CPU profile of a lesson, stop note of issue 14).
	build: { modulePreload: false },
	worker: { format: 'es', plugins: () => [jsAruco2CommonJs()] },
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		benchmark: { include: ['tests/bench/**/*.bench.ts'] }
	}
});
