import { describe, expect, it } from 'vitest';
import { searchStatus } from '$lib/search/status';

const base = { query: 'conges', loaded: true, failed: false, shown: 0, total: 0 };

describe('search status line', () => {
	it('says the search is loading, never "Aucun résultat", before the index has arrived', () => {
		expect(searchStatus({ ...base, loaded: false })).toBe('Chargement de la recherche…');
	});

	it('stays silent on a two-letter prefix with nothing found yet', () => {
		expect(searchStatus({ ...base, query: 'co' })).toBe('');
		expect(searchStatus({ ...base, query: 'con' })).toMatch(/^Aucun résultat\./);
	});

	it('gives a count that is a count when the list is cut', () => {
		expect(searchStatus({ ...base, shown: 20, total: 37 })).toBe('20 premiers résultats sur 37');
		expect(searchStatus({ ...base, shown: 12, total: 12 })).toBe('12 résultats');
		expect(searchStatus({ ...base, shown: 1, total: 1 })).toBe('1 résultat');
	});
});
