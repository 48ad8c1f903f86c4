// The real emergency card: the medical and police numbers, and the 115 in a social group of its
// own, so that nobody calls a night shelter for a medical emergency or the SAMU for a bed.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { readEmergencyCard } from '$lib/content/urgence.server';

const yaml = Object.values(
	import.meta.glob('/content/urgence.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string;
const card = readEmergencyCard(yaml, course.sources);
const numbersOf = (items: { numero: string }[]) => items.map((item) => item.numero);

describe('the emergency card in content/urgence.yaml', () => {
	it('lists the medical, police and listening numbers, the 114 as an SMS', () => {
		expect(numbersOf(card.numeros)).toEqual(expect.arrayContaining(['15', '112', '17', '18', '114', '3114']));
		expect(card.numeros.find((item) => item.numero === '114')?.lien).toBe('sms');
	});

	it('gives the 115 its own social group, apart from the medical numbers, and points to the 15 if ill', () => {
		expect(numbersOf(card.numeros)).not.toContain('115');
		expect(card.social && numbersOf(card.social.numeros)).toEqual(['115']);
		expect(card.social?.texte).toMatch(/pas un numéro médical/);
		expect(card.social?.texte).toMatch(/appelez le 15/);
	});

	it('keeps the two safety rules apart, with a shared exit and the 17 for imminent blows', () => {
		const [danger, agitation] = card.regles;
		expect(danger.titre).toMatch(/ne reste jamais seule/);
		expect(danger.texte).toMatch(/ne la retenez pas de force/);
		expect(agitation.titre).toMatch(/ne restez pas seul avec elle/);
		expect(agitation.texte).toMatch(/ne lui\s+barrez pas la porte, ne vous laissez pas coincer/);
		expect(agitation.texte).toMatch(/coups sur le point de partir/);
	});

	it('tells that the 3114 may take minutes to answer, so imminent danger stays the 15’s', () => {
		expect(card.numeros.find((item) => item.numero === '3114')?.quand).toMatch(/minutes[^.]*15/);
	});
});
