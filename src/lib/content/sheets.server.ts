// Labour-law quick-reference sheets (content/fiches/*.md): one question per file, validated
// at build. A sheet without articles, reading date or theme fails the build, in French.
import { z } from 'zod';
import { SLUG, describeIssues } from './schema';
import { bodyProblems } from './markdown.js';
import { readFrontmatter } from './yaml-file';
import type { ContentProblem } from './problems';

export const THEMES = {
	contrat: 'Le contrat',
	'temps-de-travail': 'Le temps de travail',
	'repos-et-conges': 'Repos et congés',
	remuneration: 'La rémunération',
	'sante-securite': 'Santé et sécurité',
	'carriere-formation': 'Carrière et formation',
	'fin-de-contrat': 'La fin du contrat',
	'dialogue-et-recours': 'Dialogue et recours'
} as const;

export type Theme = keyof typeof THEMES;

/** "L3131-1" (Code du travail) or "CSS L411-1", "CP 223-6", "CC 9", "CASF L114-1-1". */
const ARTICLE = /^(?:(CSS|CP|CC|CASF) )?([LRD]?\d+(?:-\d+)*)$/;

const text = z.string({ error: 'doit être un texte' }).trim().min(1, { error: 'ne doit pas être vide' });

const sheetSchema = z.strictObject({
	titre: text,
	reponse: text,
	theme: z.enum(Object.keys(THEMES) as [Theme, ...Theme[]], {
		error: `doit valoir ${Object.keys(THEMES).join(', ')}`
	}),
	articles: z
		.array(
			z.string().regex(ARTICLE, {
				error: 'chaque article s’écrit « L3131-1 » (Code du travail) ou avec le code devant : « CSS L411-1 », « CP 223-6 », « CC 9 », « CASF L114-1-1 »'
			}),
			{ error: 'doit être une liste d’articles' }
		)
		.min(1, { error: 'doit citer au moins un article' }),
	sources: z.array(text).min(1, { error: 'doit citer au moins une source de content/sources.yaml' }),
	consulte: z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.string({ error: 'doit être la date de lecture des articles, « AAAA-MM-JJ »' }).regex(/^\d{4}-\d{2}-\d{2}$/, {
			error: 'doit être la date de lecture des articles, « AAAA-MM-JJ »'
		})
	),
	voirAussi: z.array(text).optional()
});

const CODES: Record<string, { nom: string; legifrance: string }> = {
	CSS: { nom: 'Code de la sécurité sociale', legifrance: 'LEGITEXT000006073189' },
	CP: { nom: 'Code pénal', legifrance: 'LEGITEXT000006070719' },
	CC: { nom: 'Code civil', legifrance: 'LEGITEXT000006070721' },
	CASF: { nom: 'Code de l’action sociale et des familles', legifrance: 'LEGITEXT000006074069' }
};

export interface ArticleLink {
	label: string;
	url: string;
}

/** Code du travail articles link to code.travail.gouv.fr; other codes to their Légifrance page. */
export function articleLink(article: string): ArticleLink {
	const [, code, number] = ARTICLE.exec(article)!;
	if (!code) {
		return {
			label: `Article ${number} du Code du travail`,
			url: `https://code.travail.gouv.fr/code-du-travail/${number.toLowerCase()}`
		};
	}
	return {
		label: `Article ${number} du ${CODES[code].nom}`,
		url: `https://www.legifrance.gouv.fr/codes/texte_lc/${CODES[code].legifrance}/`
	};
}

export interface Sheet extends z.infer<typeof sheetSchema> {
	slug: string;
	file: string;
	voirAussi: string[];
}

/** `sources` is only looked up by id (types.ts imports this file: no Source type here). */
export function readSheets(files: Record<string, string>, sources: Readonly<Record<string, unknown>>, problems: ContentProblem[]) {
	const sheets: Sheet[] = [];
	for (const [key, source] of Object.entries(files).sort()) {
		const file = key.replace(/^\/+/, '');
		const slug = file.split('/').pop()!.replace(/\.md$/, '');
		if (!SLUG.test(slug)) {
			problems.push({ file, message: `le nom « ${slug} » : lettres minuscules sans accents, chiffres et tirets` });
			continue;
		}
		const header = readFrontmatter(file, source, problems);
		if (!header) continue;
		const { data, body, bodyStartLine } = header;
		const parsed = sheetSchema.safeParse(data);
		for (const message of bodyProblems(body, bodyStartLine)) problems.push({ file, message });
		if (!parsed.success) {
			for (const message of describeIssues(parsed.error, data)) problems.push({ file, message });
			continue;
		}
		for (const id of parsed.data.sources) {
			if (!sources[id]) problems.push({ file, message: `champ « sources » : « ${id} » n’existe pas dans content/sources.yaml` });
		}
		sheets.push({ ...parsed.data, slug, file, voirAussi: parsed.data.voirAussi ?? [] });
	}
	const slugs = new Set(sheets.map((sheet) => sheet.slug));
	for (const sheet of sheets) {
		for (const other of sheet.voirAussi) {
			if (!slugs.has(other)) problems.push({ file: sheet.file, message: `champ « voirAussi » : la fiche « ${other} » n’existe pas` });
		}
	}
	return sheets;
}
