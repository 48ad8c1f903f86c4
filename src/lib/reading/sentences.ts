// Splits French text into sentences: read aloud one at a time, and measured by the
// easy-to-read checks. Offsets point into the original string, so a caller can map a
// sentence back onto the text it came from (a DOM Range, a Markdown line).

export interface Sentence {
	/** The sentence, its line breaks and runs of spaces collapsed to one space. */
	text: string;
	/** Offset of its first character in the input. */
	start: number;
	/** Offset just past its last character in the input. */
	end: number;
}

/**
 * Words that end with a full stop without ending the sentence (« M. », « art. », « p. ex. »),
 * in lower case. Single letters (initials, « p. 12 », « L. 3133-3 ») and dotted forms
 * (« c.-à-d. », « J.-C. ») are abbreviations too. Left out on purpose, because they are also
 * ordinary words that can end a sentence: « sept », « min », « no ».
 */
const ABBREVIATIONS = new Set([
	'm',
	'mm',
	'mme',
	'mmes',
	'mlle',
	'mlles',
	'dr',
	'pr',
	'st',
	'ste',
	'art',
	'al',
	'pp',
	'ex',
	'cf',
	'env',
	'chap',
	'vol',
	'éd',
	'coll',
	'fig',
	'réf',
	'tél',
	'av',
	'bd',
	'janv',
	'févr',
	'avr',
	'juil',
	'oct',
	'nov',
	'déc',
	'cass',
	'soc',
	'civ',
	'crim',
	'ass',
	'plén',
	'resp',
	'suiv',
	'ibid',
	'cit'
]);

const TERMINATORS = '.!?…';
/** What may follow the final mark inside the sentence: « Je viens. » — (voir plus bas.) */
const CLOSERS = '»"”’)]';
/** What may open a sentence besides a capital letter or a digit. */
const OPENERS = '«"“([—–¿¡';
/** Spaces French typography puts around marks: ordinary, no-break, narrow no-break. */
const INLINE_SPACE = /[ \t\u00a0\u202f]/;
const SPACE = /\s/;
/** A line that opens a block of its own: a Markdown heading or a list item. */
const BLOCK_MARKER = /^[ \t]*(#{1,6}[ \t]+|[-*+•][ \t]+|\d{1,3}[.)][ \t]+)/;
const HEADING_MARKER = /^[ \t]*#{1,6}[ \t]/;
/** The word before a full stop; « 44e » or « 3e » (an ordinal) is a number, not an initial. */
const LAST_WORD = /(?<![\p{L}\p{N}])[\p{L}][\p{L}.-]*$/u;

const isUpper = (char: string) => char !== char.toLowerCase();
const startsSentence = (char: string) => isUpper(char) || /\d/.test(char) || OPENERS.includes(char);

function isAbbreviation(before: string): boolean {
	const word = LAST_WORD.exec(before)?.[0].toLowerCase();
	if (!word) return false;
	// « c.-à-d », « J.-C », « S.N.C.F »; not « code.travail.gouv.fr »
	const dotted = word.includes('.') && word.split(/[.-]/).every((part) => part.length <= 2);
	return word.length === 1 || dotted || ABBREVIATIONS.has(word);
}

/**
 * Where a sentence ends if the marks starting at `at` close it, else -1. A sentence ends
 * after its marks and closing quotes, when a space follows and then a capital, a digit or an
 * opening quote (or the text ends). A lone full stop after an abbreviation never ends one.
 */
function boundaryAfter(text: string, at: number, limit: number): number {
	let end = at;
	while (end < limit && TERMINATORS.includes(text[end])) end++;
	const marks = text.slice(at, end);
	for (let probe = end; probe < limit;) {
		while (probe < limit && INLINE_SPACE.test(text[probe])) probe++;
		if (probe < limit && CLOSERS.includes(text[probe])) end = ++probe;
		else break;
	}
	if (end >= limit) return limit;
	if (!SPACE.test(text[end])) return -1;
	let next = end;
	while (next < limit && SPACE.test(text[next])) next++;
	if (next >= limit) return end;
	if (!startsSentence(text[next])) return -1;
	if (marks === '.' && isAbbreviation(text.slice(Math.max(0, at - 24), at))) return -1;
	return end;
}

/** Blocks of the text: paragraphs (blank lines apart), headings and list items. */
function blocks(text: string): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	let start = -1;
	let end = 0;
	let heading = false;
	const close = () => {
		if (start >= 0) found.push([start, end]);
		start = -1;
	};
	for (let lineStart = 0; lineStart <= text.length;) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline === -1 ? text.length : newline;
		const line = text.slice(lineStart, lineEnd);
		const marker = BLOCK_MARKER.exec(line);
		if (!line.trim()) {
			close();
			heading = false;
		} else {
			// A marked line opens a block; a heading is a block of one line.
			if (marker || heading) close();
			if (start < 0) start = lineStart + (marker?.[0].length ?? 0);
			heading = marker !== null && HEADING_MARKER.test(line);
			end = lineEnd;
		}
		if (newline === -1) break;
		lineStart = newline + 1;
	}
	close();
	return found;
}

function sentence(text: string, start: number, end: number): Sentence | null {
	while (start < end && SPACE.test(text[start])) start++;
	while (end > start && SPACE.test(text[end - 1])) end--;
	const raw = text.slice(start, end);
	if (!/[\p{L}\p{N}]/u.test(raw)) return null;
	// Line breaks and runs of spaces become one space; a lone no-break space stays.
	const collapsed = raw.replace(/\s+/g, (run) => (/^[ \u00a0\u202f]$/.test(run) ? run : ' '));
	return { text: collapsed, start, end };
}

/**
 * The sentences of a French text. Blank lines, Markdown headings (`## …`) and list items
 * (`- …`, `1. …`) end a sentence and their markers are left out; a single line break inside
 * a paragraph is only a space. Numbers (« 1 500 », « 3,5 », « L3133-3 », « 2.5 »),
 * addresses (« code.travail.gouv.fr ») and abbreviations do not cut a sentence.
 */
export function splitSentences(text: string): Sentence[] {
	const result: Sentence[] = [];
	for (const [blockStart, blockEnd] of blocks(text)) {
		let start = blockStart;
		for (let at = blockStart; at < blockEnd; at++) {
			if (!TERMINATORS.includes(text[at])) continue;
			const end = boundaryAfter(text, at, blockEnd);
			if (end < 0) {
				while (at + 1 < blockEnd && TERMINATORS.includes(text[at + 1])) at++;
				continue;
			}
			const found = sentence(text, start, end);
			if (found) result.push(found);
			start = end;
			at = end - 1;
		}
		const rest = sentence(text, start, blockEnd);
		if (rest) result.push(rest);
	}
	return result;
}
