// The HTTP headers of Repères, in one place: the CSP of the pages' <meta> (kit.csp in
// svelte.config.js), and the headers deploy/nginx.conf sends (tests/e2e/nginx.e2e.ts checks
// nginx sends exactly these) and deploy/serve.js (`npm start`) sends.
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
export const contentSecurityPolicy =
	/** @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */ ({
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

/** Features the app never uses are switched off; trainer pages may later scan a QR code. */
const FEATURES_OFF = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'geolocation',
	'gyroscope',
	'hid',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking',
	'clipboard-read'
];
/** Sheets copy their link (SheetActions.svelte). */
const FEATURES_SELF = ['clipboard-write'];

/** @param {string} path */
export function permissionsPolicy(path) {
	const camera = path.startsWith('/formateur/') ? 'camera=(self)' : 'camera=()';
	return [camera, ...FEATURES_OFF.map((f) => `${f}=()`), ...FEATURES_SELF.map((f) => `${f}=(self)`)]
		.sort()
		.join(', ');
}

/**
 * Hashed files never change; everything else (pages, __data.json, the service worker, the
 * manifest, scenario and search JSON) is revalidated on every use, so an update is seen.
 * @param {string} path
 */
export const cacheControl = (path) =>
	path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** @param {string} path @returns {Record<string, string>} */
export const securityHeaders = (path) => ({
	'content-security-policy': HEADER_POLICY,
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy': permissionsPolicy(path),
	'cache-control': cacheControl(path)
});
