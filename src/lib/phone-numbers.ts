// Help numbers quoted in running text become links a phone can dial (or text, for the 114).
// Only the numbers a caller passes are recognised, with no digit on either side, so "le 15"
// links to the SAMU while "3114" stays whole and "150" is left alone.

export interface DialNumber {
	/** As shown: "15", "09 72 39 40 50". */
	numero: string;
	lien: 'tel' | 'sms';
}

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/** "tel:0972394050" for "09 72 39 40 50"; the 114 takes texts, never voice calls. */
export const dialHref = ({ numero, lien }: DialNumber) => `${lien}:${numero.replace(/\s/g, '')}`;

/** The words before a number on a call button: the 114 is texted, never called. */
export const dialVerb = ({ lien }: DialNumber) =>
	lien === 'sms' ? 'Envoyer un SMS au' : 'Appeler le';

/** The numbers every sensitive scenario offers (content-style.md, "Sensitive topics"). */
export const HELP_NUMBERS: (DialNumber & { nom: string })[] = [
	{ numero: '15', nom: 'SAMU', lien: 'tel' },
	{ numero: '112', nom: 'urgences', lien: 'tel' },
	{ numero: '3114', nom: 'prévention du suicide', lien: 'tel' },
	{ numero: '114', nom: 'par SMS', lien: 'sms' }
];

/** Every number a notice may quote, so that each can be tapped where it is written. */
export const NOTICE_NUMBERS: DialNumber[] = [
	...HELP_NUMBERS,
	{ numero: '17', lien: 'tel' },
	{ numero: '18', lien: 'tel' },
	{ numero: '115', lien: 'tel' },
	{ numero: '09 72 39 40 50', lien: 'tel' }
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a text into plain parts and dialable numbers. */
export function linkNumbers(text: string, numbers: DialNumber[]): TextPart[] {
	if (numbers.length === 0) return [{ text }];
	const byLength = [...numbers].sort((a, b) => b.numero.length - a.numero.length);
	const pattern = new RegExp(
		`(?<!\\d)(${byLength
			.map((n) => escape(n.numero).replace(/ /g, '[\\s\\u00a0]?'))
			.join('|')})(?![\\d])`,
		'g'
	);
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const digits = match[0].replace(/[\s\u00a0]/g, '');
		const number = byLength.find((n) => n.numero.replace(/\s/g, '') === digits)!;
		if (match.index > last) parts.push({ text: text.slice(last, match.index) });
		parts.push({ text: match[0], href: dialHref(number) });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}

/** The numbers of a list that a text already quotes. */
export function quotedNumbers(text: string, numbers: DialNumber[]): Set<string> {
	return new Set(
		linkNumbers(text, numbers)
			.filter((part) => part.href)
			.map((part) => part.href!)
	);
}
