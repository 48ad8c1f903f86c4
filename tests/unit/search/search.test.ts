// Search on the real course index: the index the build ships, queried as the browser does.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '$lib/search/index.server';
import { SEARCH_OPTIONS } from '$lib/search/options';
import { searchIn } from '$lib/search/search';
import { processTerm } from '$lib/search/text';

// Round-trip through JSON, exactly as /recherche/index.json reaches the browser.
const index = MiniSearch.loadJSON(JSON.stringify(buildSearchIndex().toJSON()), SEARCH_OPTIONS);
const first = (query: string) => searchIn(index, query)[0];
const top = (query: string, n = 3) =>
	searchIn(index, query)
		.slice(0, n)
		.map((r) => r.id);

describe('French-aware terms', () => {
	it('folds accents and reduces plurals', () => {
		expect(processTerm('Congés')).toBe('conge');
		expect(processTerm('journées')).toBe('journee');
		expect(processTerm('le')).toBeNull();
	});
});

describe('typical questions find the right sheet first', () => {
	it.each([
		['Combien de repos entre deux journées ?', 'fiche:repos-entre-deux-journees'],
		['Mon employeur peut-il renouveler ma période d’essai ?', 'fiche:periode-d-essai'],
		['Une sortie le dimanche, est-ce permis ?', 'fiche:travail-le-dimanche-et-sorties'],
		['droit de retrait', 'fiche:droit-d-alerte-et-de-retrait'],
		['rupture conventionnelle', 'fiche:rupture-conventionnelle'],
		['journée de solidarité', 'fiche:journee-de-solidarite']
	])('%s', (query, expected) => {
		expect(first(query)?.id).toBe(expected);
	});
});

describe('accents, synonyms and typos', () => {
	it('finds the same sheet with or without accents', () => {
		expect(first('periode d essai')?.id).toBe('fiche:periode-d-essai');
		expect(first('période dessai')?.id).toBe('fiche:periode-d-essai');
	});

	it('understands everyday words', () => {
		expect(top('heures sup')).toContain('fiche:heures-supplementaires');
		expect(top('congés')).toContain('fiche:conges-payes');
		expect(top('visite médicale')).toContain('fiche:visite-medicale');
		expect(top('arrêt maladie', 5)).toContain('fiche:arret-maladie-complement-employeur');
	});

	it('forgives typos', () => {
		expect(top('demision')).toContain('fiche:demission');
		expect(top('licenciment')).toContain('fiche:licenciement');
	});

	it('finds prefixes as you type', () => {
		expect(top('rupt')).toContain('fiche:rupture-conventionnelle');
	});

	it('finds glossary terms and lessons too', () => {
		expect(searchIn(index, 'parrain').map((r) => r.type)).toEqual(
			expect.arrayContaining(['terme', 'lecon'])
		);
		expect(top('CMP', 5)).toContain('terme:cmp');
	});

	it('returns the sheet’s answer with the result', () => {
		const result = first('repos quotidien 11 heures');
		expect(result?.type).toBe('fiche');
		expect(result?.extrait).toMatch(/11 heures/);
		expect(result?.href).toMatch(/^\/fiches\/[a-z0-9-]+\/$/);
	});
});
