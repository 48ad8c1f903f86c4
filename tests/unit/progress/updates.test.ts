// "Mis à jour depuis votre lecture": the date rule, on the learner's own calendar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessonsUpdatedSinceRead, localDay, revisedSinceCompletion } from '$lib/progress/updates';

const at = (local: string) => new Date(local).getTime(); // no "Z": the device's local time

describe('localDay', () => {
	const tz = process.env.TZ;
	beforeEach(() => {
		process.env.TZ = 'Europe/Paris';
	});
	afterEach(() => {
		process.env.TZ = tz;
	});

	it('reads the calendar day where the learner is, not in UTC', () => {
		// 23:30 UTC on 21 November is already 22 November in Paris.
		expect(localDay(Date.UTC(2026, 10, 21, 23, 30))).toBe('2026-11-22');
		expect(localDay(at('2026-01-05T08:00:00'))).toBe('2026-01-05');
	});
});

describe('revisedSinceCompletion', () => {
	it('is true when the lesson was revised on a later day than it was finished', () => {
		expect(revisedSinceCompletion('2026-11-22', at('2026-11-21T18:00:00'))).toBe(true);
		expect(revisedSinceCompletion('2027-01-01', at('2026-12-31T23:59:00'))).toBe(true);
	});

	it('is false when finished on the day of the revision or after, or never finished', () => {
		expect(revisedSinceCompletion('2026-11-22', at('2026-11-22T07:00:00'))).toBe(false);
		expect(revisedSinceCompletion('2026-11-22', at('2026-12-01T10:00:00'))).toBe(false);
		expect(revisedSinceCompletion('2026-11-22', undefined)).toBe(false);
	});
});

describe('lessonsUpdatedSinceRead', () => {
	it('keeps, in course order, the finished lessons revised since', () => {
		const lessons = [
			{ id: 'm/a', revise: '2026-12-03' },
			{ id: 'm/b', revise: '2026-11-01' },
			{ id: 'm/c', revise: '2026-12-03' },
			{ id: 'm/d', revise: '2026-12-03' }
		];
		const completions = {
			'm/a': at('2026-11-20T10:00:00'),
			'm/b': at('2026-11-20T10:00:00'),
			'm/c': at('2026-12-03T09:00:00')
		};
		expect(lessonsUpdatedSinceRead(lessons, completions).map((l) => l.id)).toEqual(['m/a']);
	});
});
