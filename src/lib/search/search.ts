// Browser side of search: loads the prebuilt index once (precached, so offline too) and
// answers queries as the reader types.
import MiniSearch from 'minisearch';
import { EMERGENCY_ID, QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from './options';
import { expandQuery, isSafetyQuery } from './text';

export type SearchResult = Pick<SearchDocument, 'id' | 'type' | 'titre' | 'extrait' | 'href'>;

let loading: Promise<MiniSearch<SearchDocument>> | null = null;

export function loadIndex(fetcher: typeof fetch = fetch) {
	loading ??= fetcher('/recherche/index.json')
		.then((response) => {
			if (!response.ok) throw new Error(`index ${response.status}`);
			return response.text();
		})
		.then((text) => MiniSearch.loadJSON<SearchDocument>(text, SEARCH_OPTIONS))
		.catch((error) => {
			loading = null;
			throw error;
		});
	return loading;
}

/** The emergency card, then every other hit: safety words never leave it below a sheet. */
function emergencyFirst(index: MiniSearch<SearchDocument>, hits: SearchResult[]): SearchResult[] {
	const stored = index.getStoredFields(EMERGENCY_ID) as Omit<SearchResult, 'id'> | undefined;
	if (!stored) return hits;
	return [{ ...stored, id: EMERGENCY_ID }, ...hits.filter((hit) => hit.id !== EMERGENCY_ID)];
}

export const SEARCH_MEASURE = 'reperes:recherche';

/** The first `limit` hits of a query and how many there are in all. */
export function searchWithTotal(
	index: MiniSearch<SearchDocument>,
	query: string,
	limit = 20
): { results: SearchResult[]; total: number } {
	if (query.trim().length < 2) return { results: [], total: 0 };
	const start = performance.now();
	const found = index.search(expandQuery(query), QUERY_OPTIONS).map((hit) => ({
		id: hit.id,
		type: hit.type,
		titre: hit.titre,
		extrait: hit.extrait,
		href: hit.href
	}));
	const hits = isSafetyQuery(query) ? emergencyFirst(index, found) : found;
	// A User Timing entry per query: visible in the browser's tools, read by `npm run bench`.
	performance.measure(SEARCH_MEASURE, { start });
	return { results: hits.slice(0, limit), total: hits.length };
}

export function searchIn(
	index: MiniSearch<SearchDocument>,
	query: string,
	limit = 20
): SearchResult[] {
	return searchWithTotal(index, query, limit).results;
}
