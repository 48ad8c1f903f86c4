// Module 09 (labour law): the right answer must not be guessable from its length or its place.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const files = import.meta.glob('/content/modules/09-*/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

interface Option {
	texte: string;
	correcte: boolean;
}
interface Choice {
	libelle: string;
	qualite: string;
}
const longest = <T>(items: T[], length: (item: T) => number) =>
	items.reduce((best, item) => (length(item) > length(best) ? item : best));

const quizzes = Object.entries(files).filter(([path]) => path.endsWith('.quiz.yaml'));
const scenarios = Object.entries(files).filter(([path]) => path.endsWith('.scenario.yaml'));

describe('module 09 knowledge check', () => {
	it.each(quizzes)('%s: the correct option is neither always the longest nor always second', (_, text) => {
		const single = (parse(text).questions as { type: string; options: Option[] }[]).filter(
			(question) => question.type === 'unique'
		);
		expect(single.length).toBeGreaterThanOrEqual(3);
		const longestIsCorrect = single.filter(
			(question) => longest(question.options, (option) => option.texte.length).correcte
		).length;
		expect(longestIsCorrect).toBeLessThanOrEqual(single.length / 2);
		const positions = single.map((question) => question.options.findIndex((option) => option.correcte));
		expect(new Set(positions).size, `positions ${positions}`).toBeGreaterThan(1);
		expect(positions.filter((position) => position === 1).length).toBeLessThanOrEqual(single.length / 2);
	});
});

describe('module 09 scenarios', () => {
	it.each(scenarios)('%s: the recommended choice is the longest in at most half of the decisions', (_, text) => {
		const scenes = Object.values(parse(text).scenes as Record<string, { choix?: Choice[] }>);
		const decisions = scenes.filter((scene) => (scene.choix?.length ?? 0) >= 2);
		const recommendedLongest = decisions.filter(
			(scene) => longest(scene.choix!, (choice) => choice.libelle.length).qualite === 'recommande'
		).length;
		expect(recommendedLongest).toBeLessThanOrEqual(decisions.length / 2);
	});
});
