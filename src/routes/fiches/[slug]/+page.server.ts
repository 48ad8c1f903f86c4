import { error } from '@sveltejs/kit';
import { course, sourcesOf } from '$lib/content/index.server';
import { renderStatic, staticPlan } from '$lib/content/markdown-body.server';
import SourceList from '$lib/components/SourceList.svelte';
import { THEMES, articleLink } from '$lib/content/sheets.server';

export const entries = () => course.sheets.map((sheet) => ({ slug: sheet.slug }));

export const load = async ({ params, isDataRequest }) => {
	const sheet = course.sheets.find((candidate) => candidate.slug === params.slug);
	if (!sheet) error(404, 'Fiche introuvable');
	return {
		sheet: {
			slug: sheet.slug,
			titre: sheet.titre,
			reponse: sheet.reponse,
			...(sheet.reponseFacile ? { reponseFacile: sheet.reponseFacile } : {}),
			theme: THEMES[sheet.theme],
			consulte: sheet.consulte,
			misAJour: sheet.misAJour
		},
		// The text and the sources, HTML carried once by the page ($lib/content/markdown-body).
		statics: await staticPlan(`fiche:${sheet.slug}`, sheet.file, isDataRequest, {
			sources: renderStatic(SourceList, { sources: sourcesOf(sheet.sources) })
		}),
		articles: sheet.articles.map(articleLink),
		related: sheet.voirAussi.map((slug) => {
			const other = course.sheets.find((candidate) => candidate.slug === slug)!;
			return { slug, titre: other.titre };
		})
	};
};
