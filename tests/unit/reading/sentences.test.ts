import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '$lib/reading/sentences';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it('cuts after a full stop, a question or an exclamation mark followed by a capital', () => {
		expect(texts('Karim arrive. Il dit bonjour ! Vous venez ? Oui.')).toEqual([
			'Karim arrive.',
			'Il dit bonjour !',
			'Vous venez ?',
			'Oui.'
		]);
	});

	it('ends a sentence after an ordinal (« la 44e. »), which is no initial', () => {
		expect(texts('50 % dès la 44e. Un jour de congé compte.')).toEqual([
			'50 % dès la 44e.',
			'Un jour de congé compte.'
		]);
	});

	it('keeps French abbreviations inside their sentence', () => {
		expect(texts('M. Dupont salue Mme Martin. Elle répond.')).toEqual([
			'M. Dupont salue Mme Martin.',
			'Elle répond.'
		]);
		expect(texts('Lisez l’art. L3133-3 du Code du travail. Le 1er mai est payé.')).toEqual([
			'Lisez l’art. L3133-3 du Code du travail.',
			'Le 1er mai est payé.'
		]);
		expect(texts('Un temps partagé, p. ex. Le repas du jeudi. Puis la sortie.')).toEqual([
			'Un temps partagé, p. ex. Le repas du jeudi.',
			'Puis la sortie.'
		]);
		expect(texts('Voir l’art. 9 du Code civil, cf. Le guide. J. Dupont a signé.')).toEqual([
			'Voir l’art. 9 du Code civil, cf. Le guide.',
			'J. Dupont a signé.'
		]);
		expect(texts('Le salaire, c.-à-d. La paie, arrive. Fin.')).toEqual([
			'Le salaire, c.-à-d. La paie, arrive.',
			'Fin.'
		]);
	});

	it('ends a sentence on « etc. » or a number when a capital follows', () => {
		expect(texts('Des jeux, des repas, etc. Ensuite, la réunion.')).toEqual([
			'Des jeux, des repas, etc.',
			'Ensuite, la réunion.'
		]);
		expect(texts('Le GEM ouvre en 2024. Il accueille 30 membres.')).toEqual([
			'Le GEM ouvre en 2024.',
			'Il accueille 30 membres.'
		]);
	});

	it('never cuts inside a number, an article number or an address', () => {
		const input =
			'Il y a 1 500 adhérents, 1\u202f500 au total et 3,5 % de plus. Le taux est de 2.5 points selon code.travail.gouv.fr. L3133-3 le dit.';
		expect(texts(input)).toEqual([
			'Il y a 1 500 adhérents, 1\u202f500 au total et 3,5 % de plus.',
			'Le taux est de 2.5 points selon code.travail.gouv.fr.',
			'L3133-3 le dit.'
		]);
	});

	it('starts a sentence with a digit, an accented capital or an opening quote', () => {
		expect(texts('Il y a 3 étapes. 2 sont faciles. À demain. « Bien. »')).toEqual([
			'Il y a 3 étapes.',
			'2 sont faciles.',
			'À demain.',
			'« Bien. »'
		]);
	});

	it('keeps closing quotes and brackets with the sentence they close', () => {
		expect(texts('Il dit : « Je viens. » Puis il part.')).toEqual([
			'Il dit : « Je viens. »',
			'Puis il part.'
		]);
		expect(texts('« Vous venez\u00a0? » demande Karim. Il sourit.')).toEqual([
			'« Vous venez\u00a0? » demande Karim.',
			'Il sourit.'
		]);
		expect(texts('Le texte est clair (voir plus bas.) Ensuite vient la règle.')).toEqual([
			'Le texte est clair (voir plus bas.)',
			'Ensuite vient la règle.'
		]);
	});

	it('reads an ellipsis as an end only when a new sentence follows', () => {
		expect(texts('Il attend… et repart. Il attend... Puis il part.')).toEqual([
			'Il attend… et repart.',
			'Il attend...',
			'Puis il part.'
		]);
	});

	it('gives headings and list items a sentence each, without their markers', () => {
		const input = [
			'## Le rôle de l’animateur',
			'L’animateur accueille',
			'les membres. Il écoute.',
			'',
			'- un café',
			'- une discussion',
			'1. Arriver',
			'2) Saluer'
		].join('\n');
		expect(texts(input)).toEqual([
			'Le rôle de l’animateur',
			'L’animateur accueille les membres.',
			'Il écoute.',
			'un café',
			'une discussion',
			'Arriver',
			'Saluer'
		]);
	});

	it('separates paragraphs that have no final mark', () => {
		expect(texts('Un titre sans point\n\nUn texte.\n\n\n')).toEqual([
			'Un titre sans point',
			'Un texte.'
		]);
	});

	it('gives offsets into the original text', () => {
		const input = '  Bonjour.\n\n- Une  liste\nqui continue.  ';
		const sentences = splitSentences(input);
		expect(sentences).toEqual([
			{ text: 'Bonjour.', start: 2, end: 10 },
			{ text: 'Une liste qui continue.', start: 14, end: 38 }
		]);
		expect(input.slice(14, 38)).toBe('Une  liste\nqui continue.');
	});

	it('returns nothing for empty text or punctuation alone', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t ')).toEqual([]);
		expect(splitSentences('… — »')).toEqual([]);
	});

	it('returns ordered, separate spans whose text is the collapsed slice, for any input', () => {
		const pieces = fc.constantFrom(
			'M.',
			'art.',
			'p. ex.',
			'Il part.',
			'« Oui ? »',
			'1 500',
			'3,5',
			'L3133-3',
			'…',
			'\n',
			'\n\n',
			'- ',
			'## ',
			' ',
			'\u00a0',
			'Elle',
			'!',
			'.'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
				const input = parts.join('');
				let previous = 0;
				for (const { text, start, end } of splitSentences(input)) {
					expect(start).toBeGreaterThanOrEqual(previous);
					expect(end).toBeGreaterThan(start);
					expect(end).toBeLessThanOrEqual(input.length);
					const collapsed = input.slice(start, end).replace(/\s+/g, ' ');
					expect(text.replace(/\s/g, ' ')).toBe(collapsed);
					expect(text).toBe(text.trim());
					previous = end;
				}
			})
		);
	});
});
