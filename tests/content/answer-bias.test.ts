// Knowledge checks must not be answerable by picking the longest option (issue 11, point 10;
// review Q1): in every quiz, module 09's included, the correct option of a single-answer
// question is the longest one in at most half of its questions.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { describeBias, isBiased, quizLengthBias } from './length-bias';

const counts = Object.values(course.quizzes).map(quizLengthBias);

describe('the knowledge checks in content/', () => {
	it('are all measured', () => {
		expect(counts.length).toBeGreaterThanOrEqual(10);
		expect(counts.every((count) => count.total > 0)).toBe(true);
	});

	it('never make the correct option the longest in more than half of the single-answer questions', () => {
		const biased = counts.filter(isBiased);
		expect(describeBias(biased, 'la bonne réponse')).toEqual([]);
	});
});
