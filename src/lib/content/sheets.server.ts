// Labour-law quick-reference sheets (content/fiches/*.md): one question per file, validated
// at build. A sheet without articles, reading date or theme fails the build, in French.
import { z } from 'zod';
import { SLUG, describeIssues, wordCount } from './schema';
import { bodyProblems } from './markdown.js';
import { readFrontmatter, readYaml } from './yaml-file';
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

/** "L3131-1" (Code du travail) or "CSS L411-1", "CP 223-6", "CC 9", "CASF L114-1-1", "CR L121-6". */
const ARTICLE = /^(?:(CSS|CP|CC|CASF|CR) )?([LRD]?\d+(?:-\d+)*)$/;

const text = z.string({ error: 'doit être un texte' }).trim().min(1, { error: 'ne doit pas être vide' });

/** « Au plus trois phrases courtes » (architecture.md): the answer with its number, then what to do. */
export const ANSWER_LIMITS = { sentences: 3, wordsPerSentence: 35 } as const;

/** Sentences of an answer: a full stop, question mark, exclamation mark or semicolon ends one. */
export const answerSentences = (answer: string) =>
	answer
		.split(/(?<=[.!?;])\s+/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);


const answer = text.superRefine((value, context) => {
	const sentences = answerSentences(value);
	if (sentences.length > ANSWER_LIMITS.sentences) {
		context.addIssue({
			code: 'custom',
			message: `compte ${sentences.length} phrases : au plus ${ANSWER_LIMITS.sentences} phrases courtes (la réponse avec son chiffre, puis ce que la personne peut faire)`
		});
	}
	const long = sentences.find((sentence) => wordCount(sentence) > ANSWER_LIMITS.wordsPerSentence);
	if (long) {
		context.addIssue({
			code: 'custom',
			message: `la phrase « ${long.slice(0, 60)}… » dépasse ${ANSWER_LIMITS.wordsPerSentence} mots : coupez-la`
		});
	}
});

/** The easy-to-read answer (content/README.md, part 9): 1 to 3 short sentences, 40 words in all. */
export const EASY_ANSWER_LIMITS = { sentences: 3, words: 40 } as const;

const easyAnswer = text.superRefine((value, context) => {
	const sentences = answerSentences(value).length;
	if (sentences > EASY_ANSWER_LIMITS.sentences) {
		context.addIssue({
			code: 'custom',
			message: `compte ${sentences} phrases : au plus ${EASY_ANSWER_LIMITS.sentences} phrases courtes, faciles à lire`
		});
	}
	const words = wordCount(value);
	if (words > EASY_ANSWER_LIMITS.words) {
		context.addIssue({
			code: 'custom',
			message: `compte ${words} mots : ${EASY_ANSWER_LIMITS.words} mots au plus en tout`
		});
	}
});

const isoDate = (what: string) =>
	z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.string({ error: `doit être ${what}, « AAAA-MM-JJ »` }).regex(/^\d{4}-\d{2}-\d{2}$/, {
			error: `doit être ${what}, « AAAA-MM-JJ »`
		})
	);

const sheetSchema = z.strictObject({
	titre: text,
	reponse: answer,
	/** The answer in easy-to-read French, shown instead of `reponse` in "Facile à lire" mode. */
	reponseFacile: easyAnswer,
	/** Everyday phrasings a worried reader types; indexed by the search, never shown. */
	motsCles: z
		.array(text.max(60, { error: 'chaque mot-clé tient en 60 caractères au plus' }), {
			error: 'doit être une liste de façons de poser la question'
		})
		.optional(),
	theme: z.enum(Object.keys(THEMES) as [Theme, ...Theme[]], {
		error: `doit valoir ${Object.keys(THEMES).join(', ')}`
	}),
	articles: z
		.array(
			z.string().regex(ARTICLE, {
				error: 'chaque article s’écrit « L3131-1 » (Code du travail) ou avec le code devant : « CSS L411-1 », « CP 223-6 », « CC 9 », « CASF L114-1-1 », « CR L121-6 »'
			}),
			{ error: 'doit être une liste d’articles' }
		)
		.min(1, { error: 'doit citer au moins un article' }),
	sources: z.array(text).min(1, { error: 'doit citer au moins une source de content/sources.yaml' }),
	consulte: isoDate('la date de lecture des articles'),
	/** What changed in the sheet's last revision, shown as « Mis à jour le … : … ». */
	misAJour: z
		.strictObject({ date: isoDate('la date de la mise à jour'), changement: text })
		.optional(),
	voirAussi: z.array(text).optional()
});

const CODES: Record<string, { nom: string; legifrance: string }> = {
	CSS: { nom: 'Code de la sécurité sociale', legifrance: 'LEGITEXT000006073189' },
	CP: { nom: 'Code pénal', legifrance: 'LEGITEXT000006070719' },
	CC: { nom: 'Code civil', legifrance: 'LEGITEXT000006070721' },
	CASF: { nom: 'Code de l’action sociale et des familles', legifrance: 'LEGITEXT000006074069' },
	CR: { nom: 'Code de la route', legifrance: 'LEGITEXT000006074228' }
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

/** content/fiches/articles-lus.yaml: every article a sheet cites, as read (date, first words, page). */
export const READ_ARTICLES_FILE = 'content/fiches/articles-lus.yaml';

const readArticleSchema = z.strictObject({
	lu: isoDate('la date de lecture'),
	debut: text.min(20, { error: 'doit recopier les premiers mots de l’article (20 caractères au moins)' }),
	page: z.url({ error: 'doit être l’adresse de la page où l’article a été lu' })
});

export type ReadArticle = z.infer<typeof readArticleSchema> & { code: string; numero: string };

export function readArticleList(yamlText: string, problems: ContentProblem[]): Record<string, ReadArticle> {
	const data = readYaml(yamlText, READ_ARTICLES_FILE, problems, 'article en double');
	if (data === undefined) return {};
	const list: Record<string, ReadArticle> = {};
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const number = ARTICLE.exec(key);
		if (!number) {
			problems.push({ file: READ_ARTICLES_FILE, message: `« ${key} » : un article s’écrit « L3131-1 » ou « CSS L411-1 »` });
			continue;
		}
		const parsed = readArticleSchema.safeParse(value);
		if (!parsed.success) {
			for (const message of describeIssues(parsed.error, value)) problems.push({ file: READ_ARTICLES_FILE, message: `« ${key} » : ${message}` });
			continue;
		}
		list[key] = { ...parsed.data, code: number[1] ?? 'CT', numero: number[2] };
	}
	return list;
}

/** content/fiches/revision.yaml: when the sheets were last checked as a whole, and what changed. */
export const REVISION_FILE = 'content/fiches/revision.yaml';

const revisionSchema = z.strictObject({
	verifieesLe: isoDate('la date de la dernière vérification de l’ensemble des fiches'),
	nouveautes: z.array(text).min(1, { error: 'doit dire en une ligne au moins ce qui a changé' })
});

export type SheetRevision = z.infer<typeof revisionSchema>;

export function readRevision(yamlText: string, problems: ContentProblem[]): SheetRevision | undefined {
	const data = readYaml(yamlText, REVISION_FILE, problems);
	if (data === undefined) return undefined;
	const parsed = revisionSchema.safeParse(data);
	if (!parsed.success) {
		for (const message of describeIssues(parsed.error, data)) problems.push({ file: REVISION_FILE, message });
		return undefined;
	}
	return parsed.data;
}

/** `sources` is only looked up by id (types.ts imports this file: no Source type here). */
export function readSheets(
	files: Record<string, string>,
	sources: Readonly<Record<string, unknown>>,
	problems: ContentProblem[],
	readArticles?: Record<string, ReadArticle>
) {
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
		for (const article of readArticles ? parsed.data.articles : []) {
			if (!readArticles![article]) {
				problems.push({
					file,
					message: `champ « articles » : « ${article} » n’est pas dans ${READ_ARTICLES_FILE} ; relisez l’article et notez-y la date de lecture, ses premiers mots et la page lue`
				});
			}
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
