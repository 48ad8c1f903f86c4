// The Content-Security-Policy of Repères, in one place: the pages' <meta> (kit.csp in
// svelte.config.js), the header of deploy/nginx.conf (a test compares them) and `npm start`.
import { createHash } from 'node:crypto';

/**
 * The one inline style the app needs: SvelteKit's route announcer (a visually hidden live
 * region it renders after each client-side navigation) is styled by a `style` attribute.
 * It is allowed by its exact hash; no other inline style or script runs.
 * tests/unit/deploy/csp.test.ts checks this is still Kit's text.
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

const sha256 = (/** @type {string} */ text) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Directives shared by the <meta> and the header. Script and style hashes differ per page, so
 * only the <meta> (written by Kit with those hashes) carries script-src and style-src.
 * @type {Record<string, string[]>}
 */
const common = {
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'connect-src': ['self'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'manifest-src': ['self'],
	'worker-src': ['self'],
	'media-src': ['none'],
	'frame-src': ['none']
};

/** For kit.csp (hash mode): Kit adds the hash of each page's inline bootstrap script. */
export const contentSecurityPolicy = /** @type {import('@sveltejs/kit').CspDirectives} */ ({
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
	...common
});

const quote = (/** @type {string} */ source) =>
	/^(self|none|unsafe-hashes|sha256-.*)$/.test(source) ? `'${source}'` : source;

/**
 * The header value. A browser enforces the header and the <meta> together, so the page's
 * meta still limits scripts to their hashes; `frame-ancestors` only works in a header.
 */
export const HEADER_POLICY = Object.entries({ ...common, 'frame-ancestors': ['none'] })
	.map(([directive, sources]) => [directive, ...sources.map(quote)].join(' '))
	.join('; ');
