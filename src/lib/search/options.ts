// MiniSearch options shared by the build (indexing) and the browser (loading and querying):
// both sides must read words the same way.
import type { Options, SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './text';

export interface SearchDocument {
	id: string;
	type: 'fiche' | 'lecon' | 'terme' | 'urgence';
	titre: string;
	extrait: string;
	href: string;
	motsCles?: string;
	texte: string;
}

/** The emergency card's document id in the index. */
export const EMERGENCY_ID = 'urgence';

export const SEARCH_OPTIONS: Options<SearchDocument> = {
	// `motsCles`: the everyday phrasings a sheet lists, weighted like its title.
	fields: ['titre', 'motsCles', 'extrait', 'texte'],
	storeFields: ['type', 'titre', 'extrait', 'href'],
	tokenize,
	processTerm
};

export const QUERY_OPTIONS: SearchOptions = {
	boost: { titre: 3, motsCles: 3, extrait: 2 },
	// Typing "cong" already finds "congés"; typos are forgiven from 6 letters (one or two
	// letters off), which keeps long questions fast.
	prefix: (term) => term.length >= 3,
	fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
	maxFuzzy: 2,
	combineWith: 'OR',
	// Sheets answer the questions people type: they come first at equal relevance.
	boostDocument: (_id, _term, stored) =>
		stored?.type === 'fiche' ? 2 : stored?.type === 'terme' ? 0.7 : 1
};
