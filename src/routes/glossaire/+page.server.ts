import { course, sourcesOf } from '$lib/content/index.server';

/** First letter for the A–Z index, accents folded ("État" files under E); the numbers
 * (112, 114, 3114) share one group, "Numéros", instead of groups named "1" and "3". */
const NUMBERS_GROUP = 'Numéros';
const letterOf = (terme: string) => {
	const first = terme
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.charAt(0)
		.toUpperCase();
	return /\d/.test(first) ? NUMBERS_GROUP : first;
};

/**
 * One object per source, shared by every term that cites it: the page data then names each
 * source once (SvelteKit's serializer writes a shared object once), not once per term.
 */
const shortSources = new Map<string, { titre: string; editeur: string; url?: string }>();
const shortSource = (id: string) => {
	if (!shortSources.has(id)) {
		const [source] = sourcesOf([id]);
		shortSources.set(id, { titre: source.titre, editeur: source.editeur, url: source.url });
	}
	return shortSources.get(id)!;
};

export const load = () => {
	const terms = [...course.glossary]
		.sort((a, b) => a.terme.localeCompare(b.terme, 'fr', { sensitivity: 'base' }))
		.map((term) => ({
			id: term.id,
			terme: term.terme,
			definition: term.definition,
			synonymes: term.synonymes ?? [],
			sources: term.sources.map(shortSource)
		}));
	const letters = [...new Set(terms.map((term) => letterOf(term.terme)))];
	return {
		groups: letters.map((letter) => ({
			letter,
			anchor: `lettre-${letter === NUMBERS_GROUP ? 'numeros' : letter}`,
			terms: terms.filter((t) => letterOf(t.terme) === letter)
		}))
	};
};
