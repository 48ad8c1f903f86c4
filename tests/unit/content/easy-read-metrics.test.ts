import { describe, expect, it } from 'vitest';
import {
	EASY_READ_THRESHOLDS,
	easyReadFindings,
	lettersOf,
	measureEasyRead,
	splitSentences,
	textUnits,
	wordsOf
} from '$lib/content/easy-read-metrics';

describe('French sentence splitting', () => {
	it('ends sentences at full stops, question and exclamation marks followed by a capital', () => {
		expect(splitSentences('Le GEM ouvre à 10 heures. Vous arrivez avant ! Qui ouvre la porte ? Karim.')).toEqual([
			'Le GEM ouvre à 10 heures.',
			'Vous arrivez avant !',
			'Qui ouvre la porte ?',
			'Karim.'
		]);
	});

	it('does not end a sentence after an abbreviation or an initial', () => {
		expect(splitSentences('M. Dupont lit l’art. L3131-1 du code. Mme Martin voit le Dr Roy. J. Dupont écoute.')).toEqual([
			'M. Dupont lit l’art. L3131-1 du code.',
			'Mme Martin voit le Dr Roy.',
			'J. Dupont écoute.'
		]);
		expect(splitSentences('Voir p. 12 et cf. la loi. Fin.')).toEqual(['Voir p. 12 et cf. la loi.', 'Fin.']);
	});

	it('lets « etc. » and « min. » close a sentence only when a capital follows', () => {
		expect(splitSentences('Des jeux, des livres, etc. Puis le repas.')).toEqual([
			'Des jeux, des livres, etc.',
			'Puis le repas.'
		]);
		expect(splitSentences('Comptez 10 min. environ pour venir.')).toEqual(['Comptez 10 min. environ pour venir.']);
	});

	it('keeps numbers whole: « 1 500 », « 3,5 », « 1.5 »', () => {
		expect(splitSentences('Le GEM reçoit 1 500 euros. La salle fait 3,5 mètres. Version 1.5 du texte.')).toEqual([
			'Le GEM reçoit 1 500 euros.',
			'La salle fait 3,5 mètres.',
			'Version 1.5 du texte.'
		]);
	});

	it('keeps a closing quote with its sentence, and a quote followed by lower case in one sentence', () => {
		expect(splitSentences('Gérard dit : « Ici, ce n’est pas un hôpital. » Il sourit.')).toEqual([
			'Gérard dit : « Ici, ce n’est pas un hôpital. »',
			'Il sourit.'
		]);
		expect(splitSentences('« Ça va ? » demande Karim. « Oui ! » Elle rit.')).toEqual([
			'« Ça va ? » demande Karim.',
			'« Oui ! »',
			'Elle rit.'
		]);
	});

	it('reads list items as sentences and headings apart', () => {
		expect(textUnits('## Le repas\n\nLe repas est à midi.\nIl coûte 3 euros.\n\n- Karim cuisine\n- Léa **sert**.')).toEqual([
			{ kind: 'heading', text: 'Le repas' },
			{ kind: 'paragraph', text: 'Le repas est à midi. Il coûte 3 euros.' },
			{ kind: 'item', text: 'Karim cuisine' },
			{ kind: 'item', text: 'Léa sert.' }
		]);
	});
});

describe('words', () => {
	it('counts a grouped number as one word, and punctuation as none', () => {
		expect(wordsOf('Appelez le 0 800 026 080 : 1 500 personnes le font, 15 fois.')).toEqual([
			'Appelez', 'le', '0 800 026 080', '1 500', 'personnes', 'le', 'font,', '15', 'fois.'
		]);
	});

	it('counts letters without an elided article or punctuation', () => {
		expect(lettersOf('l’accompagnement,')).toBe(14);
		expect(lettersOf("qu'association")).toBe(11);
		expect(lettersOf('jusqu’à')).toBe(1);
		expect(lettersOf('administrateur.')).toBe(14);
	});
});

describe('easy-to-read metrics', () => {
	const text = `Ce texte parle du GEM.

## Le matin

Vous ouvrez la salle. Vous faites le café. Par exemple, Léa apporte des gâteaux.

- Karim range les chaises
- Les membres arrivent

## Les partenaires

Le CMP, c’est le centre médico-psychologique. Le CMP soigne les personnes. La MDPH aide aussi.`;

	it('measures sentences, long sentences and long words', () => {
		const metrics = measureEasyRead(text);
		expect(metrics.sentences).toBe(9);
		// 5 + 4 + 4 + 6 + 4 + 3 + 6 + 5 + 4 = 41 words in sentences.
		expect(metrics.meanSentenceWords).toBeCloseTo(41 / 9);
		expect(metrics.longSentenceShare).toBe(0);
		expect(metrics.longestSentence).toEqual({ words: 6, text: 'Par exemple, Léa apporte des gâteaux.' });
		expect(metrics.words).toBe(41 + 2 + 2);
		expect(metrics.longWords).toEqual(['médico-psychologique.']);
		expect(metrics.longWordShare).toBeCloseTo(1 / 45);
	});

	it('accepts allowed and explained abbreviations, and names the others once', () => {
		expect(measureEasyRead(text).unexplainedAbbreviations).toEqual(['MDPH']);
		expect(measureEasyRead('Le SAMU veut dire le service d’aide médicale urgente. Le SAMU vient vite.').unexplainedAbbreviations).toEqual([]);
		expect(measureEasyRead('Lisez l’art. 3 etc. Le GEM et l’ARS. M. Roy envoie un SMS.').unexplainedAbbreviations).toEqual(['art.', 'etc.', 'M.']);
		// A heading may name it when the text under it explains it; a heading alone never does.
		expect(measureEasyRead('## Le CCAS\n\nLe CCAS, c’est le centre communal d’action sociale.').unexplainedAbbreviations).toEqual([]);
		expect(measureEasyRead('## Le CCAS\n\nIl aide les familles.').unexplainedAbbreviations).toEqual(['CCAS']);
	});

	it('passes a short, plain text and explains in French what breaks a threshold', () => {
		expect(easyReadFindings(measureEasyRead(text.replace(' La MDPH aide aussi.', '')))).toEqual([]);
		const long = `${'Le groupe se retrouve souvent le mardi pour partager un repas simple et parler ensemble de la semaine passée au GEM. '.repeat(2)}Les accompagnements administratifs hebdomadaires nécessitent systématiquement beaucoup de compréhension.`;
		const findings = easyReadFindings(measureEasyRead(long));
		expect(findings).toEqual([
			expect.stringMatching(/^phrases de 1\d\.\d mots en moyenne : 12 au plus$/),
			'67 % des phrases dépassent 15 mots : 10 % au plus',
			expect.stringMatching(/^la phrase « Le groupe se retrouve souvent .* » compte 21 mots : 20 au plus$/),
			expect.stringMatching(/^\d+ % de mots longs \(12 lettres ou plus : accompagnements, administratifs, hebdomadaires, systématiquement, compréhension\.\) : 8 % au plus$/)
		]);
	});

	it('uses the thresholds of the shared easy-to-read format', () => {
		expect(EASY_READ_THRESHOLDS).toMatchObject({
			meanSentenceWords: 12,
			longSentenceWords: 15,
			longSentenceShare: 0.1,
			maxSentenceWords: 20,
			longWordLetters: 12,
			longWordShare: 0.08,
			allowedAbbreviations: ['GEM', 'ARS', 'SMS']
		});
	});
});
