// The easy-to-read ("Facile à lire") version of a lesson: `NN-slug.facile.md` beside
// `NN-slug.md` (format: content/README.md, part 9). Validated and compiled to HTML at build;
// the HTML ships once, as its own small file per lesson (the `facile.json` route), never in
// the lesson's page, chunk or data.
import { Marked } from 'marked';
import { z } from 'zod';
import { headingIds, tableOfContents } from './markdown.js';
import { escapeHtml } from './markup-safety.js';
import { describeIssues, wordCount } from './schema';
import { readFrontmatter } from './yaml-file';
import type { ContentProblem } from './problems';
import type { EasyReadVersion, TocEntry } from './types';

export const EASY_READ_SUFFIX = '.facile.md';
export const EASY_READ_WORDS = { min: 200, max: 500 } as const;
/** Heading ids of the easy text start with this, so they never meet the page's own ids. */
const EASY_READ_ID_PREFIX = 'facile-';

export const isEasyReadSource = (path: string) => path.endsWith(EASY_READ_SUFFIX);
/** `…/02-pour-qui.facile.md` → `…/02-pour-qui.md`. */
export const lessonFileOf = (easyFile: string) => easyFile.slice(0, -EASY_READ_SUFFIX.length) + '.md';

const easyReadFrontmatter = z.strictObject({
	relueParDesLecteurs: z.boolean({
		error: 'doit valoir true (relue par des lecteurs du public concerné) ou false'
	}),
	revise: z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z.string({ error: 'doit être une date « AAAA-MM-JJ »' }).regex(/^\d{4}-\d{2}-\d{2}$/, {
			error: 'doit être une date « AAAA-MM-JJ »'
		})
	)
});

/** What an easy text may not contain: only paragraphs, `##` headings, `- ` lists and bold. */
const FORBIDDEN: [RegExp, string][] = [
	[/<\/?[A-Za-z]/, 'pas de balise ni de composant (<Scenario>, <Quiz>…) : la page montre elle-même la mise en situation et le quiz de la leçon'],
	[/^\s*\|.*\|/, 'pas de tableau : écrivez une liste à puces'],
	[/!\[/, 'pas d’image'],
	[/\[\^[^\]]*\]/, 'pas de note de bas de page'],
	[/\[[^\]]*\]\([^)]*\)|https?:\/\/|www\./, 'pas de lien : le texte standard, à un clic, garde les liens'],
	[/^:::/, 'pas d’encadré « ::: » : écrivez un paragraphe, avec un mot en **gras** si besoin'],
	[/^#(?!#)|^#{3,}/, 'seuls les titres « ## » sont permis'],
	[/^\s*(-{3,}|={3,}|\*{3,}|_{3,})\s*$/, 'pas de ligne « --- » ou « === » : seuls les titres « ## » sont permis'],
	[/[{}]/, 'les accolades « { } » ne sont pas permises'],
	[/^\s*(```|~~~)/, 'pas de bloc de code']
];

function bodyProblems(body: string, firstLine: number): string[] {
	const problems: string[] = [];
	body.split('\n').forEach((line, index) => {
		for (const [pattern, message] of FORBIDDEN) {
			if (pattern.test(line)) problems.push(`ligne ${index + firstLine} : ${message}.`);
		}
	});
	return problems;
}

function compile(body: string, toc: TocEntry[]): string {
	let heading = 0;
	const marked = new Marked({
		renderer: {
			html: ({ text }) => escapeHtml(text),
			heading({ tokens, depth }) {
				const inner = this.parser.parseInline(tokens);
				const id = depth === 2 ? ` id="${toc[heading++].id}"` : '';
				return `<h${depth}${id}>${inner}</h${depth}>\n`;
			}
		}
	});
	return (marked.parse(body, { async: false }) as string).trim();
}

/**
 * Reads one easy text against its lesson's number of `##` sections. Problems are reported in
 * French, naming the file and the field or line; returns null when the text cannot ship.
 */
export function readEasyRead(
	file: string,
	source: string,
	lessonSections: number,
	problems: ContentProblem[]
): EasyReadVersion | null {
	const parsed = readFrontmatter(file, source, problems);
	if (!parsed) return null;
	const found: string[] = [];
	const meta = easyReadFrontmatter.safeParse(parsed.data);
	if (!meta.success) found.push(...describeIssues(meta.error, parsed.data));
	found.push(...bodyProblems(parsed.body, parsed.bodyStartLine));
	const titles = tableOfContents(parsed.body).map((entry) => entry.titre);
	if (titles.length !== lessonSections) {
		found.push(
			`compte ${titles.length} section(s) « ## » ; la leçon en a ${lessonSections} : une section facile à lire pour chaque section, dans le même ordre`
		);
	}
	const words = wordCount(parsed.body);
	if (words < EASY_READ_WORDS.min || words > EASY_READ_WORDS.max) {
		found.push(
			`compte ${words} mots : une version facile à lire fait de ${EASY_READ_WORDS.min} à ${EASY_READ_WORDS.max} mots (visez 300 environ)`
		);
	}
	problems.push(...found.map((message) => ({ file, message })));
	if (found.length > 0 || !meta.success) return null;
	const toc = headingIds(titles.map((titre) => `${EASY_READ_ID_PREFIX}${titre}`)).map((id, index) => ({
		id,
		titre: titles[index]
	}));
	return { file, ...meta.data, toc, html: compile(parsed.body, toc) };
}
