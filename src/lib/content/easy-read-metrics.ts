// Measures of an easy-to-read text against the European easy-to-read rules (Inclusion Europe,
// Unapei "FALC"): sentence length, long sentences, long words, unexplained abbreviations.
// Pure and typed; the content test applies EASY_READ_THRESHOLDS to every `.facile.md`.
import { splitSentences as splitReadAloud } from '$lib/reading/sentences';

/** The thresholds, and why, are written for authors in content/README.md (part 9). */
export const EASY_READ_THRESHOLDS = {
	meanSentenceWords: 12,
	/** A sentence over this many words is "long"… */
	longSentenceWords: 15,
	/** …and at most this share of sentences may be long… */
	longSentenceShare: 0.1,
	/** …and none may exceed this. */
	maxSentenceWords: 20,
	/** A word of this many letters or more is "long". */
	longWordLetters: 12,
	longWordShare: 0.08,
	/** Abbreviations readers know from the course itself or from their phone. */
	allowedAbbreviations: ['GEM', 'ARS', 'SMS']
} as const;

/** Abbreviations an easy text should not use at all, written with a dot or a sign. */
const DOTTED_IN_EASY_TEXT = /(?<![\p{L}\d])(M\.|Mme|Mlle|Dr|Pr|art\.|etc\.|cf\.|ex\.|env\.|n°|p\.)(?![\p{L}])/gu;

export interface TextUnit {
	kind: 'heading' | 'item' | 'paragraph';
	text: string;
}

/** Markdown (paragraphs, `##` headings, `- ` lists, **bold**) to blocks of plain text. */
export function textUnits(markdown: string): TextUnit[] {
	const units: TextUnit[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) units.push({ kind: 'paragraph', text: paragraph.join(' ') });
		paragraph = [];
	};
	for (const raw of markdown.split('\n')) {
		const line = raw.replace(/\*\*|__/g, '').trim();
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (!line) flush();
		else if (heading) {
			flush();
			units.push({ kind: 'heading', text: heading[1] });
		} else if (item) {
			flush();
			units.push({ kind: 'item', text: item[1] });
		} else paragraph.push(line);
	}
	flush();
	return units;
}

/** The sentences of a block of prose: the read-aloud splitter's, so both count alike. */
export const splitSentences = (text: string): string[] =>
	splitReadAloud(text).map((sentence) => sentence.text);

/**
 * Words of a sentence: tokens holding a letter or a digit. A number written in groups
 * (« 1 500 », « 0 800 026 080 ») is one word, as a reader sees it.
 */
export function wordsOf(sentence: string): string[] {
	const joined = sentence.replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1\u2060');
	return joined
		.split(/\s+/)
		.filter((token) => /[\p{L}\d]/u.test(token))
		.map((token) => token.replace(/\u2060/g, ' '));
}

/** Letters of a word without an elided article (« l’», « d’», « qu’»…) or punctuation. */
export function lettersOf(word: string): number {
	const core = word.replace(/^(?:[ldnsmtcj]|qu|jusqu|lorsqu|puisqu)['’]/i, '');
	return (core.match(/\p{L}/gu) ?? []).length;
}

/** Upper-case abbreviations (« CMP », « MDPH ») and dotted ones (« M. », « art. ») of a text. */
function abbreviationsIn(sentence: string): string[] {
	const acronyms = sentence.match(/(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}])/gu) ?? [];
	const dotted = sentence.match(DOTTED_IN_EASY_TEXT) ?? [];
	return [...acronyms, ...dotted];
}

/** An abbreviation is explained where it first appears: « Le CMP, c’est… », « CMP veut dire… ». */
const EXPLAINS = /c['’]est|veut dire|veulent dire/i;

/**
 * Abbreviations off the allow-list not explained in the sentence of running text where they
 * first appear. A heading may name one (« ## Le CMP ») when the text under it explains it; an
 * abbreviation found only in headings is never explained.
 */
function unexplainedAbbreviations(units: TextUnit[], allowList: readonly string[]): string[] {
	const allowed = new Set(allowList);
	const seen = new Set<string>();
	const unexplained: string[] = [];
	const note = (abbreviation: string, explained: boolean) => {
		if (allowed.has(abbreviation) || seen.has(abbreviation)) return;
		seen.add(abbreviation);
		if (!explained) unexplained.push(abbreviation);
	};
	const prose = units.filter((unit) => unit.kind !== 'heading').flatMap((unit) => splitSentences(unit.text));
	for (const sentence of prose) {
		for (const abbreviation of abbreviationsIn(sentence)) note(abbreviation, EXPLAINS.test(sentence));
	}
	for (const heading of units.filter((unit) => unit.kind === 'heading')) {
		for (const abbreviation of abbreviationsIn(heading.text)) note(abbreviation, false);
	}
	return unexplained;
}

export interface EasyReadMetrics {
	words: number;
	sentences: number;
	meanSentenceWords: number;
	/** Share of sentences over `longSentenceWords`. */
	longSentenceShare: number;
	/** The longest sentence, in words, and its text. */
	longestSentence: { words: number; text: string };
	/** Share of words of `longWordLetters` letters or more. */
	longWordShare: number;
	longWords: string[];
	/** Abbreviations off the allow-list and not explained in the sentence where they first appear. */
	unexplainedAbbreviations: string[];
}

export function measureEasyRead(
	markdown: string,
	thresholds: typeof EASY_READ_THRESHOLDS = EASY_READ_THRESHOLDS
): EasyReadMetrics {
	const units = textUnits(markdown);
	// A heading is not a sentence, but its words count (and may be long).
	const sentences = units.flatMap((unit) => (unit.kind === 'heading' ? [] : splitSentences(unit.text)));
	const lengths = sentences.map((sentence) => wordsOf(sentence).length);
	const allWords = [...units.filter((unit) => unit.kind === 'heading').map((u) => u.text), ...sentences].flatMap(wordsOf);
	const longWords = allWords.filter((word) => lettersOf(word) >= thresholds.longWordLetters);
	const longest = lengths.reduce((best, length, index) => (length > lengths[best] ? index : best), 0);
	const unexplained = unexplainedAbbreviations(units, thresholds.allowedAbbreviations);
	const total = lengths.reduce((sum, length) => sum + length, 0);
	return {
		words: allWords.length,
		sentences: sentences.length,
		meanSentenceWords: sentences.length ? total / sentences.length : 0,
		longSentenceShare: sentences.length
			? lengths.filter((length) => length > thresholds.longSentenceWords).length / sentences.length
			: 0,
		longestSentence: { words: lengths[longest] ?? 0, text: sentences[longest] ?? '' },
		longWordShare: allWords.length ? longWords.length / allWords.length : 0,
		longWords,
		unexplainedAbbreviations: unexplained
	};
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** What breaks the thresholds, in French, for the content test's message. */
export function easyReadFindings(
	metrics: EasyReadMetrics,
	thresholds: typeof EASY_READ_THRESHOLDS = EASY_READ_THRESHOLDS
): string[] {
	const findings: string[] = [];
	if (metrics.meanSentenceWords > thresholds.meanSentenceWords) {
		findings.push(
			`phrases de ${metrics.meanSentenceWords.toFixed(1)} mots en moyenne : ${thresholds.meanSentenceWords} au plus`
		);
	}
	if (metrics.longSentenceShare > thresholds.longSentenceShare) {
		findings.push(
			`${percent(metrics.longSentenceShare)} des phrases dépassent ${thresholds.longSentenceWords} mots : ${percent(thresholds.longSentenceShare)} au plus`
		);
	}
	if (metrics.longestSentence.words > thresholds.maxSentenceWords) {
		findings.push(
			`la phrase « ${metrics.longestSentence.text} » compte ${metrics.longestSentence.words} mots : ${thresholds.maxSentenceWords} au plus`
		);
	}
	if (metrics.longWordShare > thresholds.longWordShare) {
		findings.push(
			`${percent(metrics.longWordShare)} de mots longs (${thresholds.longWordLetters} lettres ou plus : ${[...new Set(metrics.longWords)].join(', ')}) : ${percent(thresholds.longWordShare)} au plus`
		);
	}
	if (metrics.unexplainedAbbreviations.length) {
		findings.push(
			`abréviations non expliquées : ${metrics.unexplainedAbbreviations.join(', ')} ; écrivez les mots en entier, ou expliquez-les avec « c’est » ou « veut dire » à leur première apparition`
		);
	}
	return findings;
}
