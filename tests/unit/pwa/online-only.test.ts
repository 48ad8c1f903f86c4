import { describe, expect, it } from 'vitest';
import { isCachedOnUse, isOnlineOnly } from '$lib/pwa/online-only.js';

describe('files the offline copy leaves out', () => {
	it('leaves out the install icons and the fonts’ licence', () => {
		for (const path of [
			'/icons/icon-192.png',
			'/icons/icon-512.png',
			'/icons/maskable-512.png',
			'/icons/apple-touch-icon.png',
			'/fonts/OFL.txt',
			'/fonts/OFL-opendyslexic.txt'
		])
			expect(isOnlineOnly(path), path).toBe(true);
	});

	it('leaves out the room vote’s worker, its styles and the printable cards page', () => {
		for (const path of [
			'/_app/immutable/workers/scan.worker-BVFETJJ4.js',
			'/_app/immutable/assets/CardScan.DDZUeqGd.css',
			'/formateur/cartes/',
			'/formateur/cartes/index.html',
			'/_app/vote-chunks.json'
		])
			expect(isOnlineOnly(path), path).toBe(true);
		expect(isOnlineOnly('/formateur/notes/')).toBe(false);
	});

	it('keeps what a page uses offline: the favicon, the fonts, the manifest', () => {
		for (const path of [
			'/icons/favicon.svg',
			'/fonts/atkinson-hyperlegible-latin-400-normal.woff2',
			'/manifest.webmanifest',
			'/robots.txt'
		])
			expect(isOnlineOnly(path), path).toBe(false);
	});

	it('leaves out the dyslexia font until a reader chooses it, then keeps it', () => {
		for (const path of [
			'/fonts/opendyslexic-latin-400-normal.woff2',
			'/fonts/opendyslexic-latin-700-normal.woff2',
			'/fonts/opendyslexic-latin-400-italic.woff2'
		]) {
			expect(isOnlineOnly(path), path).toBe(true);
			expect(isCachedOnUse(path), path).toBe(true);
		}
		expect(isCachedOnUse('/fonts/atkinson-hyperlegible-latin-400-normal.woff2')).toBe(false);
		expect(isCachedOnUse('/fonts/OFL-opendyslexic.txt')).toBe(false);
	});

	it('fetches the italic face with the first page that has italics, then keeps it', () => {
		const italic = '/fonts/atkinson-hyperlegible-latin-400-italic.woff2';
		expect(isOnlineOnly(italic)).toBe(true);
		expect(isCachedOnUse(italic)).toBe(true);
		expect(isCachedOnUse('/fonts/atkinson-hyperlegible-latin-700-normal.woff2')).toBe(false);
	});
});
