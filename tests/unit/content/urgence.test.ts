import { describe, expect, it } from 'vitest';
import { readEmergencyCard } from '$lib/content/urgence.server';
import { ContentError } from '$lib/content/validate';

const sources = { psycom: { id: 'psycom', titre: 'Psycom', editeur: 'Psycom', date: 's.d.', consulte: '2026-02-03', fiabilite: 'officiel' as const } };
const card = (numeros: string) => `titre: En cas d’urgence
introduction: Appelez.
facile:
  - Appelez le 15.
  - Restez avec la personne.
  - Demandez de l'aide.
regles:
  - titre: Une règle
    texte: Un texte.
numeros:
${numeros}
sources: [psycom]
`;

const messagesOf = (yamlText: string) => {
	try {
		readEmergencyCard(yamlText, sources);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((p) => `${p.file} : ${p.message}`);
		throw error;
	}
	return [];
};

describe('emergency card validator', () => {
	it('accepts a card whose 114 is an SMS link', () => {
		expect(messagesOf(card('  - numero: "114"\n    nom: Sourds\n    quand: Par SMS.\n    lien: sms'))).toEqual([]);
	});

	it('accepts a social group apart from the medical numbers, and names its fields when broken', () => {
		const social = '\nsocial:\n  titre: Urgence sociale\n  texte: Pas un numéro médical.\n  numeros:\n';
		const medical = '  - numero: "15"\n    nom: SAMU\n    quand: Urgence.\n    lien: tel';
		const shelter = '    - numero: "115"\n      nom: Hébergement\n      quand: Sans abri.\n      lien: tel';
		expect(messagesOf(card(medical + social + shelter))).toEqual([]);
		expect(messagesOf(card(medical + social.replace('  texte: Pas un numéro médical.\n', '') + shelter))).toEqual([
			'content/urgence.yaml : champ « social.texte » : obligatoire, il manque'
		]);
	});

	it('names the file for unreadable YAML and for a bad link kind', () => {
		expect(messagesOf('titre: [oups')).toEqual([expect.stringMatching(/^content\/urgence\.yaml : YAML illisible/)]);
		expect(messagesOf(card('  - numero: "15"\n    nom: SAMU\n    quand: Urgence.\n    lien: fax'))).toEqual([
			'content/urgence.yaml : champ « numeros.0.lien » : doit valoir tel ou sms'
		]);
	});
});
