import { contentSecurityPolicy } from './deploy/headers.js';
import { bootScriptHash } from './src/lib/reading/boot-script.js';
import adapter from '@sveltejs/adapter-static';
import { mdsvex } from 'mdsvex';
import { lessonPreprocess, rehypeHeadingIds } from './src/lib/content/markdown.js';
import { loadGlossary, rehypeGlossary } from './src/lib/content/glossary.js';

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [
		// Runs before mdsvex: strips frontmatter (validated by our own schema), turns
		// `:::kind` blocks into callouts and injects component imports, so authors never
		// write <script>.
		lessonPreprocess(),
		mdsvex({
			extensions: ['.md'],
			rehypePlugins: [rehypeHeadingIds, rehypeGlossary(loadGlossary())],
			smartypants: { quotes: false, ellipses: true, backticks: false, dashes: 'oldschool' }
		})
	],
	compilerOptions: {
		// Runes everywhere except in Markdown: mdsvex layouts use $$props (stack-notes, pitfall 5).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		// REPERES_BUILD_DIR lets the update e2e test make a second, newer build beside build/.
		adapter: adapter({
			pages: process.env.REPERES_BUILD_DIR ?? 'build',
			assets: process.env.REPERES_BUILD_DIR ?? 'build',
			// A page for unknown addresses (deploy/nginx.conf's error_page); it renders in the browser.
			fallback: '404.html',
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The app registers its worker itself (src/lib/pwa/register.ts): one copy in a shared chunk
		// instead of one in every page.
		serviceWorker: { register: false },
		alias: { $content: 'content' },
		// Hash mode: each prerendered page carries its policy in a <meta>, so it holds on any
		// static host. deploy/csp.js is shared with the nginx config and `npm start`.
		// The inline script of app.html (reading settings before first paint) is allowed by the
		// hash of its current text.
		csp: {
			mode: 'hash',
			directives: {
				...contentSecurityPolicy,
				'script-src': [...(contentSecurityPolicy['script-src'] ?? []), bootScriptHash()]
			}
		}
	}
};
