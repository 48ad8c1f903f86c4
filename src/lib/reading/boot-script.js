// The one inline script of src/app.html puts the reader's settings on <html> before the first
// paint: it copies the localStorage mirror (src/lib/reading/mirror.ts, the data attributes
// themselves) onto <html>, and does nothing when the copy is missing, unreadable or blocked.
// It is written on one line (prettier leaves app.html alone) because it ships in every page,
// and the precache holds every page. The site's CSP (hash mode) allows it by its exact hash, computed here from the file
// itself at every build (svelte.config.js), so editing the script can never leave a stale
// hash behind; tests/e2e/reading-settings.e2e.ts checks the built pages carry it.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const APP_HTML = new URL('../../app.html', import.meta.url);

/**
 * The script's text, byte for byte as the browser hashes it (between the tags).
 * @param {string} [appHtml] the template's text; by default src/app.html
 */
export function bootScript(appHtml = readFileSync(APP_HTML, 'utf8')) {
	const scripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)];
	if (scripts.length !== 1) {
		throw new Error(
			`src/app.html : un seul <script> en ligne est prévu (celui des réglages de lecture), ${scripts.length} trouvé(s).`
		);
	}
	return scripts[0][1];
}

/** @param {string} text */
export const scriptHash = (text) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text).digest('base64')}`
	);

/** @param {string} [appHtml] */
export const bootScriptHash = (appHtml) => scriptHash(bootScript(appHtml));
