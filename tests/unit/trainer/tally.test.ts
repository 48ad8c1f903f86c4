import { describe, expect, it } from 'vitest';
import {
	addCount,
	clampCount,
	letter,
	mostVoted,
	setCount,
	shares,
	tiedOptions,
	totalVotes
} from '$lib/trainer/tally';

describe('tally arithmetic', () => {
	it('keeps counts whole, between 0 and 999', () => {
		expect(clampCount(-3)).toBe(0);
		expect(clampCount(4.7)).toBe(4);
		expect(clampCount(1e6)).toBe(999);
		expect(clampCount(Number.NaN)).toBe(0);
	});

	it('sets and adds without going below zero', () => {
		let tally = setCount(undefined, 'a', 3);
		tally = addCount(tally, 'a', -5);
		tally = addCount(tally, 'b', 2);
		expect(tally).toEqual({ a: 0, b: 2 });
		expect(totalVotes(tally)).toBe(2);
		expect(totalVotes(undefined)).toBe(0);
	});

	it('gives whole percentages in option order, 0 without votes', () => {
		expect(shares({ a: 1, b: 2 }, ['a', 'b', 'c'])).toEqual([33, 67, 0]);
		expect(shares({}, ['a', 'b'])).toEqual([0, 0]);
	});

	it('picks the most voted, the first in authored order on a tie, the first without votes', () => {
		expect(mostVoted({ a: 1, b: 4, c: 2 }, ['a', 'b', 'c'])).toBe('b');
		expect(mostVoted({ a: 3, b: 3 }, ['b', 'a'])).toBe('b');
		expect(mostVoted(undefined, ['a', 'b'])).toBe('a');
	});

	it('names tied options only when there is a real tie', () => {
		expect(tiedOptions({ a: 3, b: 3, c: 1 }, ['a', 'b', 'c'])).toEqual(['a', 'b']);
		expect(tiedOptions({ a: 3, b: 1 }, ['a', 'b'])).toEqual([]);
		expect(tiedOptions({}, ['a', 'b'])).toEqual([]);
	});

	it('letters options A, B, C…', () => {
		expect([0, 1, 2].map(letter)).toEqual(['A', 'B', 'C']);
	});
});
