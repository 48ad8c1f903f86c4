// The search answers the everyday phrasings of the nine new sheets first, and safety words
// put the emergency card above everything, on the index the build ships.
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '$lib/search/index.server';
import { EMERGENCY_ID, SEARCH_OPTIONS } from '$lib/search/options';
import { searchIn } from '$lib/search/search';
import { isSafetyQuery } from '$lib/search/text';
import { SAFETY_QUERIES, SHEET_PHRASINGS } from '../../fixtures/sheet-phrasings';

const index = MiniSearch.loadJSON(JSON.stringify(buildSearchIndex().toJSON()), SEARCH_OPTIONS);
const cases = Object.entries(SHEET_PHRASINGS).flatMap(([slug, phrasings]) =>
	phrasings.map((phrasing) => [phrasing, slug] as const)
);

describe('everyday phrasings find the new sheets first', () => {
	it.each(cases)('« %s » → %s', (phrasing, slug) => {
		expect(searchIn(index, phrasing)[0]?.id).toBe(`fiche:${slug}`);
	});

	it('lists every phrasing in the benchmark queries', () => {
		const queries = readFileSync('tests/bench/queries.txt', 'utf8').split('\n');
		for (const [phrasing] of cases) expect(queries).toContain(phrasing);
	});
});

describe('safety words', () => {
	it.each(SAFETY_QUERIES)('« %s » shows the emergency card first', (query) => {
		const [first, second] = searchIn(index, query);
		expect(first).toMatchObject({ id: EMERGENCY_ID, type: 'urgence', href: '/urgence/' });
		expect(second?.id).not.toBe(EMERGENCY_ID);
	});

	it('does not push the emergency card above an ordinary question', () => {
		expect(isSafetyQuery('congés payés')).toBe(false);
		expect(searchIn(index, 'congés payés')[0]?.id).not.toBe(EMERGENCY_ID);
	});

	it('finds the emergency card by its numbers too', () => {
		expect(searchIn(index, 'samu 15').map((result) => result.id)).toContain(EMERGENCY_ID);
	});
});
