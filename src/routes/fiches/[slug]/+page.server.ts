import { error } from '@sveltejs/kit';
import { course, sourcesOf } from '$lib/content/index.server';
import { THEMES, articleLink } from '$lib/content/sheets.server';

export const entries = () => course.sheets.map((sheet) => ({ slug: sheet.slug }));

export const load = ({ params }) => {
	const sheet = course.sheets.find((candidate) => candidate.slug === params.slug);
	if (!sheet) error(404, 'Fiche introuvable');
	return {
		sheet: {
			slug: sheet.slug,
			file: sheet.file,
			titre: sheet.titre,
			reponse: sheet.reponse,
			...(sheet.reponseFacile ? { reponseFacile: sheet.reponseFacile } : {}),
			theme: THEMES[sheet.theme],
			consulte: sheet.consulte,
			misAJour: sheet.misAJour
		},
		articles: sheet.articles.map(articleLink),
		sources: sourcesOf(sheet.sources),
		related: sheet.voirAussi.map((slug) => {
			const other = course.sheets.find((candidate) => candidate.slug === slug)!;
			return { slug, titre: other.titre };
		})
	};
};
