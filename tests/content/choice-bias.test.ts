// Scenarios must not be playable by picking the longest button (issue 11, point 10; review
// 5.2): in every scenario, the recommended choice is the longest in at most half of its
// decision points (scenes with two choices or more, at least one recommended).
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { describeBias, isBiased, scenarioLengthBias } from './length-bias';

const counts = Object.values(course.scenarios).map(scenarioLengthBias);

describe('the scenarios in content/', () => {
	it('are all measured', () => {
		expect(counts.length).toBeGreaterThanOrEqual(11);
		expect(counts.every((count) => count.total > 0)).toBe(true);
	});

	it('never make a recommended choice the longest in more than half of the decision points', () => {
		const biased = counts.filter(isBiased);
		expect(describeBias(biased, 'une réponse recommandée')).toEqual([]);
	});
});
