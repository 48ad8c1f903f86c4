// Module 08's crisis guidance and the two crisis scenarios have not been read by a health
// professional yet (review S2): they stay marked `clinique`, and the build's report lists
// every marked item that has no `relecture`.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { awaitingReview, reviewReport } from '$lib/content/review-report.server';

const CRISIS_LESSONS = [
	'troubles/troubles-anxieux-et-borderline',
	'troubles/lesions-cerebrales-et-addictions',
	'troubles/reagir-en-situation-de-crise',
	'troubles/quel-numero-et-apres-la-crise'
];
const CRISIS_SCENARIOS = ['detresse-atelier', 'idees-suicidaires'];

const lessons = course.modules.flatMap((module) => module.lessons);

describe('clinical review status in content/', () => {
	it('marks the crisis lessons and the crisis scenarios as clinical guidance', () => {
		const marked = lessons.filter((lesson) => lesson.clinique).map((lesson) => lesson.id);
		expect(marked).toEqual(expect.arrayContaining(CRISIS_LESSONS));
		for (const id of CRISIS_SCENARIOS) expect(course.scenarios[id].clinique, id).toBe(true);
	});

	it('lists in the build report every clinical item without a review, and only those', () => {
		const awaiting = [...lessons, ...Object.values(course.scenarios)].filter(
			(item) => item.clinique && !item.relecture
		);
		const report = reviewReport(awaitingReview(course));
		expect(awaiting.length).toBeGreaterThanOrEqual(CRISIS_LESSONS.length + CRISIS_SCENARIOS.length);
		for (const item of awaiting) expect(report).toContain(`« ${item.titre} » (${item.file})`);
		expect(report.trim().split('\n')).toHaveLength(awaiting.length + 1);
	});
});
