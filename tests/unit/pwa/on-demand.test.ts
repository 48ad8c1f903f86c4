import { describe, expect, it } from 'vitest';
import { isEasyReadFile } from '$lib/pwa/on-demand.js';

describe('files cached only once the reader chooses them', () => {
	it('are the lessons’ easy-to-read texts', () => {
		expect(isEasyReadFile('/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/facile.json')).toBe(
			true
		);
	});

	it('leave every page, data file and asset to the precache', () => {
		for (const path of [
			'/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/',
			'/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/__data.json',
			'/recherche/index.json',
			'/scenarios/premier-jour/scenario.json',
			'/facile.json.bak'
		]) {
			expect(isEasyReadFile(path), path).toBe(false);
		}
	});
});
