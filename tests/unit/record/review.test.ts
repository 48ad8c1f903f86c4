// "À revoir" on a fake clock: an activity comes back after its Leitner box's delay, a missed
// check sooner, and the backup reminder after 14 days of unsaved progress.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOX_DAYS, dueForReview, reviewInputs, reviewLabel } from '$lib/record/review';
import { reminderDue } from '$lib/backup/reminder';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1, 9);
const outline = {
	scenarios: [
		{ id: 'premier-jour', titre: 'Premier jour au GEM', href: '/scenarios/premier-jour/' }
	],
	quizzes: [{ id: 'gem-ou-soin', titre: 'Le GEM et le soin', href: '/modules/a/b/' }]
};

describe('review schedule (Leitner)', () => {
	beforeEach(() => vi.useFakeTimers({ now: START }));
	afterEach(() => vi.useRealTimers());

	const suggestions = (count: number, missed = new Set<string>()) =>
		dueForReview(
			reviewInputs(outline, [{ key: 'scenario:premier-jour', lastAt: START, count }], missed),
			Date.now()
		);

	it('brings a scenario finished once back after 3 days, not before', () => {
		vi.advanceTimersByTime(3 * DAY - 1);
		expect(suggestions(1)).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(suggestions(1).map(reviewLabel)).toEqual([
			'Rejouer « Premier jour au GEM » — dernière fois il y a 3 jours'
		]);
	});

	it('spaces the next returns out box by box', () => {
		for (const [index, days] of BOX_DAYS.entries()) {
			vi.setSystemTime(START + (days - 1) * DAY);
			expect(suggestions(index + 1), `box ${index + 1}`).toEqual([]);
			vi.setSystemTime(START + days * DAY);
			expect(suggestions(index + 1)[0]?.box).toBe(index + 1);
		}
	});

	it('brings a check with a mistake back after 3 days, however often it was done', () => {
		const items = [{ key: 'quiz:gem-ou-soin', lastAt: START, count: 5 }];
		vi.setSystemTime(START + 9 * DAY);
		expect(dueForReview(reviewInputs(outline, items, new Set()), Date.now())).toEqual([]);
		const missed = dueForReview(
			reviewInputs(outline, items, new Set(['quiz:gem-ou-soin'])),
			Date.now()
		);
		expect(missed.map(reviewLabel)).toEqual([
			'Refaire « Le GEM et le soin » — dernière fois il y a 9 jours'
		]);
	});

	it('never suggests what the course no longer holds', () => {
		vi.setSystemTime(START + 100 * DAY);
		const items = [{ key: 'scenario:retire', lastAt: START, count: 1 }];
		expect(dueForReview(reviewInputs(outline, items, new Set()), Date.now())).toEqual([]);
	});
});

describe('backup reminder', () => {
	it('appears after 14 days of unsaved progress, and stays away 14 days once set aside', () => {
		expect(reminderDue({}, START)).toBe(false);
		expect(reminderDue({ firstUnsavedAt: START }, START + 14 * DAY - 1)).toBe(false);
		expect(reminderDue({ firstUnsavedAt: START }, START + 14 * DAY)).toBe(true);
		const dismissedAt = START + 14 * DAY;
		expect(reminderDue({ firstUnsavedAt: START, dismissedAt }, dismissedAt + 13 * DAY)).toBe(false);
		expect(reminderDue({ firstUnsavedAt: START, dismissedAt }, dismissedAt + 14 * DAY)).toBe(true);
	});
});
