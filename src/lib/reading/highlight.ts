// Shows which sentence is being read. The CSS Custom Highlight API paints a range without
// touching the DOM. Where it is missing, each text node of the sentence is swapped for a
// copy split around a <mark>, and the very same original node is put back afterwards, so
// the nodes Svelte holds stay the nodes in the page.
import type { TextSpan } from './page-text';

export const HIGHLIGHT_NAME = 'lecture-en-cours';

export interface Highlighter {
	show(span: TextSpan): void;
	clear(): void;
}

export function toRange(span: TextSpan): Range {
	const range = document.createRange();
	range.setStart(span.startContainer, span.startOffset);
	range.setEnd(span.endContainer, span.endOffset);
	return range;
}

/** Brings the sentence into view when it is off screen, without moving focus. */
export function reveal(span: TextSpan) {
	const box = toRange(span).getBoundingClientRect();
	if (box.top >= 0 && box.bottom <= innerHeight) return;
	const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
	scrollBy({ top: box.top - innerHeight / 3, behavior: calm ? 'instant' : 'smooth' });
}

function customHighlighter(): Highlighter {
	return {
		show: (span) => CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(toRange(span))),
		clear: () => CSS.highlights.delete(HIGHLIGHT_NAME)
	};
}

/** The text nodes a span covers, each with the part of it inside the span. */
function covered(span: TextSpan): Array<[Text, number, number]> {
	const range = toRange(span);
	const root = range.commonAncestorContainer;
	if (root instanceof Text) return [[root, span.startOffset, span.endOffset]];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: Array<[Text, number, number]> = [];
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		if (!range.intersectsNode(node)) continue;
		const from = node === span.startContainer ? span.startOffset : 0;
		const to = node === span.endContainer ? span.endOffset : node.length;
		if (to > from) nodes.push([node, from, to]);
	}
	return nodes;
}

function markHighlighter(): Highlighter {
	let swapped: Array<{ original: Text; copies: Node[] }> = [];
	return {
		show(span) {
			this.clear();
			for (const [original, from, to] of covered(span)) {
				const mark = document.createElement('mark');
				mark.className = HIGHLIGHT_NAME;
				mark.textContent = original.data.slice(from, to);
				const copies = [
					document.createTextNode(original.data.slice(0, from)),
					mark,
					document.createTextNode(original.data.slice(to))
				];
				original.replaceWith(...copies);
				swapped.push({ original, copies });
			}
		},
		clear() {
			for (const { original, copies } of swapped) {
				copies[0].parentNode?.insertBefore(original, copies[0]);
				for (const copy of copies) copy.parentNode?.removeChild(copy);
			}
			swapped = [];
		}
	};
}

export function createHighlighter(): Highlighter {
	return 'highlights' in CSS && typeof Highlight === 'function'
		? customHighlighter()
		: markHighlighter();
}
