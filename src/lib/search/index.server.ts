// The search index, built once at build time from the course and shipped as a static JSON
// file (/recherche/index.json) that the service worker precaches: search works offline.
import MiniSearch from 'minisearch';
import { course, lessonHref } from '$lib/content/index.server';
import { readEmergencyCard } from '$lib/content/urgence.server';
import { splitFrontmatter } from '$lib/content/markdown.js';
import { EMERGENCY_ID, SEARCH_OPTIONS, type SearchDocument } from './options';

const raw = (files: Record<string, unknown>) => files as Record<string, string>;
const lessonFiles = raw(
	import.meta.glob('/content/modules/*/*.md', { query: '?raw', import: 'default', eager: true })
);
const sheetFiles = raw(
	import.meta.glob('/content/fiches/*.md', { query: '?raw', import: 'default', eager: true })
);
const emergencyYaml = Object.values(
	raw(import.meta.glob('/content/urgence.yaml', { query: '?raw', import: 'default', eager: true }))
)[0];

/** The emergency card as one search result, found by its rules and numbers. */
function emergencyDocument(): SearchDocument {
	const card = readEmergencyCard(emergencyYaml, course.sources);
	return {
		id: EMERGENCY_ID,
		type: 'urgence',
		titre: card.titre,
		extrait: card.introduction,
		href: '/urgence/',
		motsCles: 'urgence danger menace agression malaise suicide secours',
		texte: [
			...card.regles.flatMap((rule) => [rule.titre, rule.texte]),
			...card.numeros.flatMap((number) => [number.numero, number.nom, number.quand])
		].join(' ')
	};
}

/** Markdown to words: callout fences, component lines, link targets and markup removed. */
export const plainText = (markdown: string) =>
	splitFrontmatter(markdown)
		.body.replace(/^:::.*$/gm, '')
		.replace(/^<.*\/>$/gm, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_[\]`>|]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

export function searchDocuments(): SearchDocument[] {
	const sheets = course.sheets.map((sheet) => ({
		id: `fiche:${sheet.slug}`,
		type: 'fiche' as const,
		titre: sheet.titre,
		extrait: sheet.reponse,
		href: `/fiches/${sheet.slug}/`,
		motsCles: (sheet.motsCles ?? []).join(' '),
		texte: `${sheet.reponse} ${sheet.articles.join(' ')} ${plainText(sheetFiles[`/${sheet.file}`])}`
	}));
	const lessons = course.modules.flatMap((module) =>
		module.lessons.map((lesson) => ({
			id: `lecon:${lesson.id}`,
			type: 'lecon' as const,
			titre: lesson.titre,
			extrait: lesson.resume,
			href: lessonHref(lesson),
			texte: `${module.titre} ${lesson.resume} ${plainText(lessonFiles[`/${lesson.file}`])}`
		}))
	);
	const terms = course.glossary.map((term) => ({
		id: `terme:${term.id}`,
		type: 'terme' as const,
		titre: term.terme,
		extrait: term.definition,
		href: `/glossaire/#${term.id}`,
		texte: `${(term.synonymes ?? []).join(' ')} ${term.definition}`
	}));
	return [emergencyDocument(), ...sheets, ...lessons, ...terms];
}

export function buildSearchIndex(documents = searchDocuments()) {
	const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	index.addAll(documents);
	return index;
}
