// Build-time Markdown helpers shared by svelte.config.js (plain JS, loaded by Node before
// Vite exists) and by the content validator, so the table of contents and the heading ids
// in the rendered page come from one function.
import { attributeProblems, linkProblems } from './markup-safety.js';

/** Callout kinds authors may open with `:::kind`. Keys are what authors type. */
export const CALLOUT_KINDS = /** @type {const} */ ({
	retenir: 'À retenir',
	attention: 'Attention',
	exemple: 'Exemple',
	pratique: 'En pratique'
});

/**
 * Components authors may write as a self-closing tag, e.g. `<Scenario id="x" />`. Lessons are
 * rendered to HTML at build only (lesson-body.server.ts): a scenario or a check becomes a marker
 * where the page mounts the live one, so no lesson text ever ships as component code.
 */
export const AUTHOR_COMPONENTS = /** @type {Record<string, string>} */ ({
	Callout: '$lib/components/Callout.svelte',
	Scenario: '$lib/content/slots/ScenarioSlot.svelte',
	Quiz: '$lib/content/slots/QuizSlot.svelte'
});

/** Added by the build (glossary links), never written by authors, so always imported. */
const BUILD_COMPONENTS = { GlossaryTerm: '$lib/components/GlossaryTerm.svelte' };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a Markdown file into its raw frontmatter text and its body.
 * @param {string} source
 * @returns {{ frontmatter: string | null, body: string, bodyStartLine: number }}
 */
export function splitFrontmatter(source) {
	const match = FRONTMATTER.exec(source);
	if (!match) return { frontmatter: null, body: source, bodyStartLine: 1 };
	const bodyStartLine = match[0].split('\n').length;
	return { frontmatter: match[1], body: source.slice(match[0].length), bodyStartLine };
}

/**
 * Turns heading text into an id: lowercase ASCII, accents folded, words joined by hyphens.
 * @param {string} text
 */
export function slugify(text) {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '-')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Gives each heading a unique id, in order (a repeated heading gets `-2`, `-3`…).
 * @param {string[]} texts
 */
export function headingIds(texts) {
	/** @type {Map<string, number>} */
	const seen = new Map();
	return texts.map((text) => {
		const base = slugify(text) || 'section';
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	});
}

/** Strips the inline Markdown an author may put in a heading, keeping its words. */
/** @param {string} text */
export function plainInline(text) {
	return text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Lines of the body outside fenced code blocks, with their 1-based line number in the body.
 * @param {string} body
 */
function proseLines(body) {
	let fenced = false;
	/** @type {{ text: string, line: number }[]} */
	const lines = [];
	body.split('\n').forEach((text, index) => {
		if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
		else if (!fenced) lines.push({ text, line: index + 1 });
	});
	return lines;
}

/**
 * The `##` sections of a lesson, as its table of contents.
 * @param {string} body
 * @returns {{ id: string, titre: string }[]}
 */
export function tableOfContents(body) {
	const titles = proseLines(body)
		.map(({ text }) => /^##\s+(.+?)\s*#*\s*$/.exec(text))
		.filter((match) => match !== null)
		.map((match) => plainInline(match[1]));
	const ids = headingIds(titles);
	return titles.map((titre, index) => ({ id: ids[index], titre }));
}

/**
 * Problems in a lesson body that would break the Svelte compiler or the house rules, or
 * could run script (markup-safety.js), in French, each with its line number. Scenario and
 * quiz texts (rendered with `{@html}`) pass `{ components: false }`: no tag at all there.
 * @param {string} body
 * @param {number} [firstLine] line of the file where the body starts
 * @param {{ components?: boolean }} [options]
 * @returns {string[]}
 */
export function bodyProblems(body, firstLine = 1, { components = true } = {}) {
	/** @type {string[]} */
	const problems = [];
	const allowedTags = new Set(components ? Object.keys(AUTHOR_COMPONENTS) : []);
	let openCallout = 0;
	const prose = proseLines(body);
	const lineAt = (/** @type {number} */ index) => `ligne ${index + firstLine - 1}`;
	// Links are read over the whole text: a destination may start on the line after `](`.
	const joined = prose.map(({ text }) => text).join('\n');
	for (const { line, message } of linkProblems(joined)) {
		problems.push(`${lineAt(prose[line - 1].line)} : ${message}`);
	}
	for (const { text, line } of prose) {
		const at = lineAt(line);
		for (const message of attributeProblems(text)) problems.push(`${at} : ${message}`);
		if (/[{}]/.test(text)) {
			problems.push(`${at} : les accolades « { } » ne sont pas permises dans le texte.`);
		}
		const tags = new Set([...text.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((match) => match[1]));
		for (const tag of tags) {
			if (tag.toLowerCase() === 'script') {
				problems.push(`${at} : pas de <script> dans une leçon ; les composants sont ajoutés tout seuls.`);
			} else if (!allowedTags.has(tag)) {
				problems.push(
					allowedTags.size
						? `${at} : la balise <${tag}> n'est pas permise ; écrivez en Markdown (composants permis : ${[...allowedTags].join(', ')}).`
						: `${at} : la balise <${tag}> n'est pas permise ici ; écrivez en Markdown, sans balise.`
				);
			}
		}
		if (/<(?![A-Za-z/])/.test(text)) {
			problems.push(`${at} : écrivez « moins de » plutôt que le signe « < ».`);
		}
		if (/^#\s/.test(text)) {
			problems.push(`${at} : pas de titre « # » dans le texte ; le titre vient du champ « titre ».`);
		}
		const fence = /^:::\s*([\w-]*)/.exec(text);
		if (fence && fence[1]) {
			if (!(fence[1] in CALLOUT_KINDS)) {
				problems.push(
					`${at} : encadré « :::${fence[1]} » inconnu ; choisissez : ${Object.keys(CALLOUT_KINDS).join(', ')}.`
				);
			}
			if (openCallout) problems.push(`${at} : un encadré s'ouvre avant que le précédent soit fermé par « ::: ».`);
			openCallout = line;
		} else if (fence) {
			if (!openCallout) problems.push(`${at} : « ::: » ferme un encadré qui n'a pas été ouvert.`);
			openCallout = 0;
		}
	}
	if (openCallout) {
		problems.push(`ligne ${openCallout + firstLine - 1} : encadré jamais fermé ; ajoutez une ligne « ::: ».`);
	}
	return problems;
}

/**
 * Rewrites `:::kind Titre` … `:::` blocks into <Callout> components. Blank lines around the
 * content let Markdown inside the callout render as Markdown.
 * @param {string} body
 */
export function expandCallouts(body) {
	// `[ \t]*$`, never `\s*$`: the blank line after the block must survive, or Markdown reads
	// the next heading as part of the component's HTML block.
	return body.replace(/^:::[ \t]*(\w+)[ \t]*(.*)\r?\n([\s\S]*?)^:::[ \t]*$/gm, (_, kind, title, inner) => {
		const titleAttr = title.trim() ? ` title="${escapeAttribute(title.trim())}"` : '';
		return `<Callout kind="${kind}"${titleAttr}>\n\n${inner.trimEnd()}\n\n</Callout>\n`;
	});
}

/** @param {string} value */
function escapeAttribute(value) {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Prepends a <script> importing every author component the body uses.
 * @param {string} body
 */
export function injectImports(body) {
	const used = Object.entries(AUTHOR_COMPONENTS).filter(([name]) =>
		new RegExp(`<${name}[\\s/>]`).test(body)
	);
	const imports = [...used, ...Object.entries(BUILD_COMPONENTS)]
		.map(([name, path]) => `import ${name} from '${path}';`)
		.join(' ');
	return `<script>${imports}</script>\n\n${body}`;
}

/**
 * Svelte preprocessor for course Markdown: runs before mdsvex on files under content/.
 * Fails the build, in French, naming the file and line, when the body breaks a rule.
 * @returns {import('svelte/compiler').PreprocessorGroup}
 */
export function lessonPreprocess() {
	return {
		name: 'reperes-lessons',
		markup({ content, filename }) {
			if (!filename || !filename.endsWith('.md') || !/[/\\]content[/\\]/.test(filename)) return;
			const { body, bodyStartLine } = splitFrontmatter(content);
			const problems = bodyProblems(body, bodyStartLine);
			const shortName = filename.slice(filename.search(/content[/\\]/));
			if (problems.length > 0) {
				throw new Error(`Leçon invalide : ${shortName}\n- ${problems.join('\n- ')}`);
			}
			return { code: injectImports(expandCallouts(body)) };
		}
	};
}

/**
 * Rehype plugin (the old unified API mdsvex 0.12 runs): gives `h2` headings the ids that
 * `tableOfContents` computes, so the table of contents links land.
 */
export function rehypeHeadingIds() {
	/** @param {any} tree */
	return (tree) => {
		/** @type {any[]} */
		const headings = [];
		/** @param {any} node */
		const walk = (node) => {
			if (node.type === 'element' && node.tagName === 'h2') headings.push(node);
			else for (const child of node.children ?? []) walk(child);
		};
		walk(tree);
		/** @param {any} node @returns {string} */
		const text = (node) =>
			node.type === 'text' ? node.value : (node.children ?? []).map(text).join('');
		const ids = headingIds(headings.map((node) => plainInline(text(node))));
		headings.forEach((node, index) => {
			node.properties = { ...node.properties, id: ids[index] };
		});
	};
}
