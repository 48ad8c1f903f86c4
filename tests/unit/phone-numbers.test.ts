import { describe, expect, it } from 'vitest';
import { HELP_NUMBERS, linkNumbers, quotedNumbers } from '$lib/phone-numbers';

const CARD = [
	{ numero: '15', lien: 'tel' as const },
	{ numero: '17', lien: 'tel' as const },
	{ numero: '112', lien: 'tel' as const },
	{ numero: '114', lien: 'sms' as const },
	{ numero: '3114', lien: 'tel' as const },
	{ numero: '09 72 39 40 50', lien: 'tel' as const }
];

describe('numbers quoted in a text become dialable links', () => {
	it('links the numbers of a safety rule, and nothing else', () => {
		expect(linkNumbers('restez avec elle, appelez le 15 (ou le 112) et demandez', CARD)).toEqual([
			{ text: 'restez avec elle, appelez le ' },
			{ text: '15', href: 'tel:15' },
			{ text: ' (ou le ' },
			{ text: '112', href: 'tel:112' },
			{ text: ') et demandez' }
		]);
	});

	it('keeps 3114 whole, texts the 114, and dials a number written with spaces', () => {
		const parts = linkNumbers('le 3114 ; le 114 par SMS ; SOS Amitié, 09 72 39 40 50.', CARD);
		expect(parts.filter((p) => p.href)).toEqual([
			{ text: '3114', href: 'tel:3114' },
			{ text: '114', href: 'sms:114' },
			{ text: '09 72 39 40 50', href: 'tel:0972394050' }
		]);
	});

	it('leaves other figures alone', () => {
		expect(linkNumbers('150 personnes, 24 heures sur 24, 2015', CARD)).toEqual([
			{ text: '150 personnes, 24 heures sur 24, 2015' }
		]);
	});

	it('tells which help numbers a notice already quotes', () => {
		const quoted = quotedNumbers('appelez le 15 (SAMU) ou le 112. Le 3114 répond', HELP_NUMBERS);
		expect([...quoted]).toEqual(['tel:15', 'tel:112', 'tel:3114']);
	});
});
