// The sentences a reader sees in a part of the page, each with where it sits in the DOM.
// Only visible text counts, so the version the page shows (standard or easy-to-read) is the
// one read; controls, navigation and embedded activities are left out. Nothing here writes
// to the DOM Svelte owns.
import { splitSentences } from './sentences';

/** A sentence's place in the page: text-node boundaries that survive the fallback highlight. */
export interface TextSpan {
	startContainer: Text;
	startOffset: number;
	endContainer: Text;
	endOffset: number;
}

export interface PageSentence {
	text: string;
	span: TextSpan;
}

/** What a listener does not need to hear: controls, menus, hidden text, activities, sources. */
export const NOT_READ = [
	'nav',
	// A glossary term is a button inside the sentence: its words are read.
	'button:not(.term)',
	'select',
	'input',
	'textarea',
	'script',
	'style',
	'template',
	'svg',
	'[hidden]',
	'[aria-hidden="true"]',
	'.visually-hidden',
	'.no-print',
	'.activity',
	'.sources',
	'[data-lecture="ignorer"]'
].join(', ');

export interface ReadOptions {
	/** Also read what matches here although NOT_READ leaves it out (a scenario's choices). */
	alsoRead?: string;
	/** Also leave this out. */
	alsoIgnore?: string;
}

function skipped(node: Text, root: Element, ignore: string, alsoRead?: string): boolean {
	for (let element = node.parentElement; element && element !== root;) {
		if (element.matches(ignore) && !(alsoRead && element.matches(alsoRead))) return true;
		element = element.parentElement;
	}
	const parent = node.parentElement!;
	return parent.checkVisibility
		? !parent.checkVisibility({ visibilityProperty: true })
		: parent.getClientRects().length === 0;
}

interface Run {
	block: Element;
	text: string;
	pieces: Array<{ node: Text; at: number }>;
}

/**
 * The box a text node flows in: its nearest ancestor laid out as a block (a paragraph, a list
 * item, a flex item such as the parts of a kicker line). Text in two boxes is never merged
 * into one sentence, whatever the markup's whitespace.
 */
function boxOf(node: Text, root: Element, displays: Map<Element, string>): Element {
	for (let element = node.parentElement; element && element !== root;) {
		let display = displays.get(element);
		if (display === undefined) displays.set(element, (display = getComputedStyle(element).display));
		if (!display.startsWith('inline') && display !== 'contents') return element;
		element = element.parentElement;
	}
	return root;
}

/** Consecutive visible text nodes in the same box; a <br> reads as a line break. */
function runs(root: Element, options: ReadOptions): Run[] {
	const ignore = options.alsoIgnore ? `${NOT_READ}, ${options.alsoIgnore}` : NOT_READ;
	const displays = new Map<Element, string>();
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
	const found: Run[] = [];
	let run: Run | null = null;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node instanceof HTMLBRElement) {
			if (run) run.text += '\n';
			continue;
		}
		if (
			!(node instanceof Text) ||
			!node.data.trim() ||
			skipped(node, root, ignore, options.alsoRead)
		)
			continue;
		const block = boxOf(node, root, displays);
		if (!run || run.block !== block) {
			run = { block, text: '', pieces: [] };
			found.push(run);
		}
		run.pieces.push({ node, at: run.text.length });
		run.text += node.data;
	}
	return found;
}

/** The text node and offset of a position in a run; `end` leans to the earlier node. */
function locate(run: Run, position: number, end: boolean): [Text, number] {
	const { pieces } = run;
	let index = pieces.findIndex(({ node, at }) =>
		end ? position <= at + node.length : position < at + node.length
	);
	if (index < 0) index = pieces.length - 1;
	const { node, at } = pieces[index];
	return [node, Math.min(Math.max(position - at, 0), node.length)];
}

export function pageSentences(root: Element, options: ReadOptions = {}): PageSentence[] {
	return runs(root, options).flatMap((run) =>
		splitSentences(run.text).map(({ text, start, end }) => {
			const [startContainer, startOffset] = locate(run, start, false);
			const [endContainer, endOffset] = locate(run, end, true);
			return { text, span: { startContainer, startOffset, endContainer, endOffset } };
		})
	);
}
