// The counting behind tests/content/answer-bias and choice-bias, on small hand-made cases.
import { describe, expect, it } from 'vitest';
import type { CompiledQuiz, CompiledScenario, CompiledScene, Qualite } from '$lib/scenario/types';
import {
	describeBias,
	isBiased,
	isStrictlyLongest,
	quizLengthBias,
	scenarioLengthBias
} from '../../content/length-bias';

const question = (type: 'unique' | 'multiple', texts: string[], correct: number[]) => ({
	id: texts[0],
	version: 'v',
	enonce: 'Question ?',
	type,
	options: texts.map((texte, i) => ({ id: `o${i}`, texte, correcte: correct.includes(i), retour: 'r' }))
});

const quiz = (questions: ReturnType<typeof question>[]): CompiledQuiz => ({
	id: 'q',
	version: 'v',
	file: 'content/modules/01-x/q.quiz.yaml',
	moduleSlug: 'x',
	titre: 'Quiz',
	sources: ['s'],
	questions
});

const scene = (id: string, choices: [string, Qualite][]): CompiledScene => ({
	id,
	texte: 't',
	choix: choices.map(([libelle, qualite], i) => ({
		id: `${id}-${i}`,
		libelle,
		suite: 'fin',
		retour: 'r',
		qualite,
		sources: []
	}))
});

const scenario = (scenes: CompiledScene[]): CompiledScenario => ({
	id: 's',
	version: 'v',
	file: 'content/modules/01-x/s.scenario.yaml',
	moduleSlug: 'x',
	titre: 'S',
	resume: 'r',
	competences: [],
	sources: [],
	clinique: false,
	debut: scenes[0].id,
	scenes: Object.fromEntries(scenes.map((s) => [s.id, s])),
	machine: {} as CompiledScenario['machine']
});

describe('isStrictlyLongest', () => {
	it('counts characters as a reader sees them, and a tie gives nothing away', () => {
		expect(isStrictlyLongest(['Élève', 'eleve'], 0)).toBe(false);
		expect(isStrictlyLongest(['Oui', 'Non, jamais'], 1)).toBe(true);
		expect(isStrictlyLongest(['  court  ', 'long'], 0)).toBe(true);
		expect(isStrictlyLongest(['court', 'long'], 1)).toBe(false);
	});
});

describe('quizLengthBias', () => {
	it('looks only at single-answer questions', () => {
		const count = quizLengthBias(
			quiz([
				question('unique', ['a', 'la bonne, longue'], [1]),
				question('unique', ['la mauvaise, longue', 'b'], [1]),
				question('unique', ['c', 'la bonne, longue'], [1]),
				question('multiple', ['d', 'e, longue'], [1])
			])
		);
		expect(count).toEqual({ file: 'content/modules/01-x/q.quiz.yaml', longest: 2, total: 3 });
		expect(isBiased(count)).toBe(true);
	});

	it('accepts exactly half', () => {
		const count = quizLengthBias(
			quiz([question('unique', ['a', 'longue'], [1]), question('unique', ['longue', 'b'], [1])])
		);
		expect(count.longest).toBe(1);
		expect(isBiased(count)).toBe(false);
	});
});

describe('scenarioLengthBias', () => {
	it('counts decision points: two choices or more, at least one recommended', () => {
		const count = scenarioLengthBias(
			scenario([
				scene('a', [['court', 'a-eviter'], ['recommandé et long', 'recommande']]),
				scene('b', [['recommandé', 'recommande'], ['à éviter, mais plus long', 'a-eviter']]),
				scene('c', [['seul choix, recommandé et long', 'recommande']]),
				scene('d', [['acceptable', 'acceptable'], ['à éviter, plus long', 'a-eviter']]),
				scene('e', [['x', 'recommande'], ['y', 'acceptable'], ['recommandé aussi, long', 'recommande']])
			])
		);
		expect(count).toEqual({ file: 'content/modules/01-x/s.scenario.yaml', longest: 2, total: 3 });
		expect(isBiased(count)).toBe(true);
		expect(describeBias([count], 'une réponse recommandée')).toEqual([
			'content/modules/01-x/s.scenario.yaml : une réponse recommandée est la plus longue dans 2 cas sur 3'
		]);
	});
});
