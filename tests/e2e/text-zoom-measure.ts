// What a reader with enlarged text runs into, measured in the page: Android font scaling and
// Chrome's "Taille de la police" at 200 % (DevTools protocol Page.setFontSizes, the audit's
// method). Used by the route sweep (every page) and the header checks of text-zoom.e2e.ts.
import type { Page } from '@playwright/test';

export const PHONE = { width: 390, height: 844 };

interface PageReport {
	scrollWidth: number;
	hyphens: string;
	overflowWrap: string;
	header: number;
	splitWords: string[];
	narrowColumns: string[];
}

/** Runs in the page: what a reader with enlarged text would run into. */
export function measure(): PageReport {
	const body = getComputedStyle(document.querySelector('main p, main li, main') as Element);
	const splitWords: string[] = [];
	const narrowColumns: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || parent.closest('.visually-hidden, [hidden], script, style')) continue;
		// A word: what lies between spaces, hyphens and slashes (a line may break there).
		for (const match of (node.textContent ?? '').matchAll(/[^\s\-‐/]+/gu)) {
			if (match[0].length >= 12 || !/\p{L}{2}/u.test(match[0])) continue;
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
			if (tops.size > 1) splitWords.push(match[0]);
		}
	}
	// Characters of body text, measured on ordinary French with the page's own font.
	const canvas = document.createElement('canvas').getContext('2d')!;
	const sample = 'une personne accueille les adhérents du groupe';
	const root = getComputedStyle(document.body);
	canvas.font = `${root.fontSize} ${root.fontFamily}`;
	const charWidth = canvas.measureText(sample).width / sample.length;
	for (const element of document.querySelectorAll<HTMLElement>(
		'main :is(p, li, legend, label, button, dd, h1, h2, h3, h4)'
	)) {
		const text = element.innerText?.trim() ?? '';
		if (text.length < 40 || element.getClientRects().length === 0) continue;
		const style = getComputedStyle(element);
		const content =
			element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		if (content / charWidth < 16) narrowColumns.push(`${text.slice(0, 40)}… (${content}px)`);
	}
	return {
		scrollWidth: document.documentElement.scrollWidth,
		hyphens: body.hyphens,
		overflowWrap: body.overflowWrap,
		header: document.querySelector('.site-header')!.getBoundingClientRect().height,
		splitWords: [...new Set(splitWords)],
		narrowColumns
	};
}

export async function enlargeText(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	// Chrome's defaults are 16 px (standard) and 13 px (fixed): both doubled.
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** What is wrong on one page at 200 % text size: no sideways scroll, French hyphenation on,
 * no short word cut across two lines, no column narrower than about 16 characters, and a
 * header that leaves the screen to the content. */
export function zoomProblems(route: string, report: PageReport): string[] {
	const problems: string[] = [];
	if (report.scrollWidth > PHONE.width) problems.push(`${route}: ${report.scrollWidth}px wide`);
	if (report.hyphens !== 'auto' || report.overflowWrap !== 'break-word') {
		problems.push(`${route}: hyphens ${report.hyphens}, overflow-wrap ${report.overflowWrap}`);
	}
	// A quarter of the screen at most with doubled text (under 15 % at normal size).
	if (report.header > PHONE.height * 0.25) problems.push(`${route}: header ${report.header}px`);
	if (report.splitWords.length) problems.push(`${route}: cut ${report.splitWords.join(', ')}`);
	if (report.narrowColumns.length) {
		problems.push(`${route}: narrow ${report.narrowColumns.join(' | ')}`);
	}
	return problems;
}
