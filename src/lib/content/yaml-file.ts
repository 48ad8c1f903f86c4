// Reading authored YAML (whole files and Markdown headers) with one set of French messages:
// every content reader reports an unreadable file the same way, naming it.
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './markdown.js';

import type { ContentProblem } from './problems';

export type { ContentProblem };

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/**
 * Parses a YAML text, or reports why not and returns undefined. A key written twice is
 * reported as `duplicate` (« identifiant en double », « terme en double »…).
 */
export function readYaml(
	text: string,
	file: string,
	problems: ContentProblem[],
	duplicate = 'identifiant en double',
	prefix = ''
): unknown {
	try {
		return parseYaml(text, { uniqueKeys: true }) ?? {};
	} catch (error) {
		const first = firstLine(error);
		const message = /Map keys must be unique/.test(first) ? `${duplicate} (${first})` : `${prefix}YAML illisible (${first})`;
		problems.push({ file, message });
		return undefined;
	}
}

/** The header of a Markdown file (between two `---` lines) and its body. */
export function readFrontmatter(file: string, source: string, problems: ContentProblem[]) {
	const { frontmatter, body, bodyStartLine } = splitFrontmatter(source);
	if (frontmatter === null) {
		problems.push({ file, message: 'l’en-tête entre deux lignes « --- » est absent en haut du fichier' });
		return null;
	}
	const data = readYaml(frontmatter, file, problems, 'champ en double', 'en-tête ');
	return data === undefined ? null : { data, body, bodyStartLine };
}
