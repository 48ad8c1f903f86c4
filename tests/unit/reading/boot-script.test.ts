// The inline script of src/app.html, run as the browser runs it, against the mirror the app
// writes: both must agree on every setting, or the first paint would show the wrong page.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootScript, bootScriptHash } from '$lib/reading/boot-script.js';
import { DEFAULT_SETTINGS, THEMES, TEXT_SIZES, toDataset } from '$lib/reading/settings';
import { MIRROR_KEY, writeMirror } from '$lib/reading/mirror';

/** Runs the script with a given localStorage content; returns what it put on <html>. */
function runBootScript(stored: Record<string, string>, script = bootScript()) {
	const dataset: Record<string, string> = {};
	const localStorage = { ...stored };
	new Function('localStorage', 'document', script)(localStorage, {
		documentElement: { dataset }
	});
	return dataset;
}

describe('the inline script of app.html', () => {
	it('puts on <html> exactly the attributes the app computes from the mirror', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...TEXT_SIZES),
				fc.constantFrom(...THEMES),
				fc.boolean(),
				(textSize, theme, facileALire) => {
					const settings = { ...DEFAULT_SETTINGS, textSize, theme, facileALire };
					const items: Record<string, string> = {};
					writeMirror(
						{
							getItem: (key) => items[key] ?? null,
							setItem: (key, value) => void (items[key] = value),
							removeItem: (key) => void delete items[key]
						},
						settings
					);
					expect(runBootScript(items)).toEqual(toDataset(settings));
				}
			)
		);
	});

	it('does nothing, without throwing, when the copy is missing, broken or odd', () => {
		expect(runBootScript({})).toEqual({});
		expect(runBootScript({ [MIRROR_KEY]: '{oops' })).toEqual({});
		expect(runBootScript({ [MIRROR_KEY]: 'null' })).toEqual({});
		// A key no data attribute can have stops the copy; the CSS ignores unknown values.
		expect(() => runBootScript({ [MIRROR_KEY]: '{"on-click":"x"}' })).not.toThrow();
		const blocked = {
			get [MIRROR_KEY]() {
				throw new Error('SecurityError');
			}
		};
		expect(() => new Function('localStorage', 'document', bootScript())(blocked, {})).not.toThrow();
	});

	it('is allowed by the hash of its own text, the one svelte.config.js gives the CSP', async () => {
		const config = (await import('../../../svelte.config.js')).default;
		const scriptSrc = config.kit?.csp?.directives?.['script-src'] ?? [];
		const text = bootScript(readFileSync('src/app.html', 'utf8'));
		const hash = `sha256-${createHash('sha256').update(text).digest('base64')}`;
		expect(bootScriptHash()).toBe(hash);
		expect(scriptSrc).toContain(hash);
	});

	it('must stay the only inline script of the template', () => {
		expect(() => bootScript('<script>a()</script><script>b()</script>')).toThrow(
			/un seul <script>/
		);
	});
});
