// The Markdown of a lesson or a sheet, rendered to HTML at build and only there (issue 14,
// item 5): the page carries the text once, in its prerendered HTML, and never as component code.
// The author's `<Scenario>` and `<Quiz>` tags render as markers (content/slots/); the HTML is cut
// there so the page can put the live, interactive activity between the static parts.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { handOver, type StaticPlan } from './markdown-body';

/** A body's parts as the build cuts it: HTML, and the activities between. */
type RenderedPart = { kind: 'html'; html: string } | { kind: 'scenario' | 'quiz'; id: string };

const compiled = import.meta.glob<{ default: Component }>([
	'/content/modules/*/*.md',
	'/content/fiches/*.md',
	'!/content/modules/*/index.md',
	'!/content/modules/*/*.facile.md'
]);

const MARKER = /<div data-activite="(scenario|quiz)" data-id="([^"]*)"><\/div>/g;
/** Svelte's hydration markers and authors' comments: nothing a reader needs. */
const COMMENTS = /<!--[\s\S]*?-->/g;

/** Whether some block element opened in this HTML is still open at its end. */
const leavesOpen = (html: string) =>
	['div', 'p', 'ul', 'ol', 'li', 'blockquote', 'table'].some(
		(tag) =>
			(html.match(new RegExp(`<${tag}\\b`, 'g')) ?? []).length !==
			(html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length
	);

/**
 * A body's parts in reading order: static HTML, and the activities placed between them.
 * @param file the Markdown file, e.g. `content/modules/01-x/02-y.md`
 */
export async function markdownBody(file: string): Promise<RenderedPart[]> {
	const load = compiled[`/${file}`];
	if (!load) throw new Error(`Texte introuvable à la compilation : ${file}`);
	const html = render((await load()).default).body.replace(COMMENTS, '');
	const parts: RenderedPart[] = [];
	let from = 0;
	for (const match of html.matchAll(MARKER)) {
		const before = html.slice(from, match.index);
		// A marker inside a callout or a list would split that element in two.
		if (leavesOpen(before)) {
			const tag = match[1] === 'scenario' ? 'Scenario' : 'Quiz';
			throw new Error(
				`${file} : <${tag} id="${match[2]}" /> doit être seul sur sa ligne, hors d'un encadré ou d'une liste.`
			);
		}
		parts.push({ kind: 'html', html: before.trim() });
		parts.push({ kind: match[1] as 'scenario' | 'quiz', id: match[2] });
		from = match.index + match[0].length;
	}
	parts.push({ kind: 'html', html: html.slice(from).trim() });
	return parts.filter((part) => part.kind !== 'html' || part.html !== '');
}

/** Static HTML of a component rendered at build, e.g. a page's sources (SourceList). */
export const renderStatic = <Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
) => render(component, { props }).body.replace(COMMENTS, '').trim();

/**
 * For a page's server load: the plan of the page's static HTML, for its data; the HTML itself
 * is handed to the page's universal load, which puts it into the page (never into the data,
 * where it would ship twice).
 * @param id the page's id (a lesson's id, `fiche:<slug>`)
 * @param file its Markdown file
 * @param blocks other static blocks of the page, by name (rendered with renderStatic)
 */
export async function staticPlan(
	id: string,
	file: string,
	isDataRequest: boolean,
	blocks: Record<string, string> = {}
): Promise<StaticPlan> {
	const parts = await markdownBody(file);
	if (!isDataRequest) {
		handOver(id, [
			...parts.flatMap((part) => (part.kind === 'html' ? [part.html] : [])),
			...Object.values(blocks)
		]);
	}
	return {
		id,
		body: parts.map((part) => (part.kind === 'html' ? { kind: 'html' } : part)),
		blocks: Object.keys(blocks)
	};
}
