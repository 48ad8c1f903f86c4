import { course, sourcesOf } from '$lib/content/index.server';

/** First letter for the A–Z index, accents folded ("État" files under E). */
const letterOf = (terme: string) =>
	terme
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.charAt(0)
		.toUpperCase();

export const load = () => {
	const terms = [...course.glossary]
		.sort((a, b) => a.terme.localeCompare(b.terme, 'fr', { sensitivity: 'base' }))
		.map((term) => ({
			id: term.id,
			terme: term.terme,
			definition: term.definition,
			synonymes: term.synonymes ?? [],
			sources: sourcesOf(term.sources).map((s) => ({
				titre: s.titre,
				editeur: s.editeur,
				url: s.url
			}))
		}));
	const letters = [...new Set(terms.map((term) => letterOf(term.terme)))];
	return {
		groups: letters.map((letter) => ({
			letter,
			terms: terms.filter((t) => letterOf(t.terme) === letter)
		}))
	};
};
