import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNOUNCER_STYLE, HEADER_POLICY, contentSecurityPolicy } from '../../../deploy/headers.js';

describe('Content-Security-Policy', () => {
	it('allows exactly the style attribute of the route announcer of the installed SvelteKit', () => {
		const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
		const announcer = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(root);
		// If Kit drops the inline style (sveltejs/kit#14566), drop the hash from deploy/headers.js.
		expect(announcer?.[1]).toBe(ANNOUNCER_STYLE);
	});

	it('never allows inline or evaluated script', () => {
		const all = JSON.stringify(contentSecurityPolicy) + HEADER_POLICY;
		expect(all).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(contentSecurityPolicy['script-src']).toEqual(['self']);
	});

	it('forbids framing in the header, where frame-ancestors works', () => {
		expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
		expect(HEADER_POLICY).not.toMatch(/script-src|style-src|default-src/);
	});
});
