// How Repères reads French for search, shared by the index built at build time and the
// queries typed in the browser: accents folded, simple plurals reduced, stop words dropped,
// and the words animateurs actually type ("heures sup", "RTT") mapped to the course's words.

const STOP_WORDS = new Set(
	(
		'a au aux avec ce ces cet cette dans de des du elle en est et etre il ils je la le les leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y ' +
		'c d j l m n s t qu est-ce quoi quel quelle quels quelles comment combien peut peux puis dois doit faut ai as avoir ont sont suis'
	).split(' ')
);

/** Everyday words and abbreviations → the words the course uses. Keys are folded. */
const SYNONYMS: Record<string, string> = {
	rtt: 'repos temps travail',
	'heures sup': 'heures supplementaires',
	'heure sup': 'heures supplementaires',
	hs: 'heures supplementaires',
	conge: 'conges payes',
	conges: 'conges payes',
	vacances: 'conges payes',
	'visite medicale': 'visite information prevention suivi medical',
	'medecine du travail': 'visite information prevention suivi medical',
	'arret maladie': 'arret maladie',
	malade: 'arret maladie',
	dimanche: 'dimanche dominical',
	soir: 'soir nuit soiree',
	soiree: 'soir nuit soiree',
	nuit: 'nuit soir',
	'periode essai': "periode d'essai",
	demission: 'demission demissionner',
	virer: 'licenciement',
	licencie: 'licenciement',
	salaire: 'salaire remuneration paie',
	paie: 'paie bulletin salaire',
	fiche: 'bulletin',
	formation: 'formation cpf',
	'seul au gem': 'travail isole seul',
	seule: 'seul isole',
	agression: 'violence agression',
	suicide: 'suicide 3114',
	urgence: 'urgence 15 112'
};

export const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, ' ');

/** Singular of a folded French word, good enough to match "congés" with "congé". */
export function stem(word: string): string {
	if (word.length > 4 && /aux$/.test(word)) return word.slice(0, -3) + 'al';
	if (word.length > 3 && /[sx]$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
	return word;
}

/**
 * Words of danger. A query holding one shows the emergency card first, whatever else
 * matches: a person typing « menace » or « malaise » may need the 15, 17 or 112 now.
 * Folded prefixes, so « menacé », « agressif », « suicider » count.
 */
const SAFETY_PREFIXES = [
	'menac',
	'agress',
	'urgen',
	'suicid',
	'malaise',
	'danger',
	'arme',
	'inconscien',
	'violen',
	'frapp',
	'tuer'
];

export function isSafetyQuery(query: string): boolean {
	return tokenize(fold(query)).some((word) =>
		SAFETY_PREFIXES.some((prefix) => word.startsWith(prefix))
	);
}

/** MiniSearch's processTerm: null drops the term. */
export function processTerm(term: string): string | null {
	const folded = fold(term);
	if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
	return stem(folded);
}

/** Splits on anything that is not a letter or a digit (apostrophes and hyphens included). */
export const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Adds the course's words for the everyday ones a query contains. */
export function expandQuery(query: string): string {
	const folded = fold(query).replace(/[^\p{L}\p{N}]+/gu, ' ');
	const additions = Object.entries(SYNONYMS)
		.filter(([key]) => new RegExp(`(^| )${key}( |$)`).test(folded))
		.map(([, words]) => words);
	return [query, ...additions].join(' ');
}
