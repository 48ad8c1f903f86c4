// Glossary terms and other deferred work run in idle slices that never make one long task.
import { describe, expect, it } from 'vitest';
import { inIdleSlices } from '$lib/idle';

/** A clock that moves 3 ms per item handled, and a queue of idle callbacks run by hand. */
function harness() {
	let time = 0;
	const queue: (() => void)[] = [];
	return {
		now: () => time,
		tick: () => (time += 3),
		runner: (work: () => void) => void queue.push(work),
		runNext() {
			const work = queue.shift();
			work?.();
			return work !== undefined;
		},
		get pending() {
			return queue.length;
		}
	};
}

describe('inIdleSlices', () => {
	it('handles every item, a few per idle moment, in order', () => {
		const h = harness();
		const seen: number[] = [];
		const items = Array.from({ length: 10 }, (_, i) => i);
		inIdleSlices(
			items,
			(item) => (seen.push(item), h.tick()),
			() => false,
			h.runner,
			h.now
		);
		expect(seen).toEqual([]);
		const perSlice: number[] = [];
		while (h.runNext()) perSlice.push(seen.length);
		expect(seen).toEqual(items);
		// 3 ms per item, 8 ms per slice: 3 items each, then the last one.
		expect(perSlice).toEqual([3, 6, 9, 10]);
	});

	it('stops when the page is gone, and schedules nothing for no items', () => {
		const h = harness();
		let gone = false;
		const seen: number[] = [];
		inIdleSlices(
			[1, 2, 3, 4, 5, 6],
			(item) => (seen.push(item), h.tick()),
			() => gone,
			h.runner,
			h.now
		);
		h.runNext();
		gone = true;
		while (h.runNext());
		expect(seen).toEqual([1, 2, 3]);

		inIdleSlices(
			[],
			() => seen.push(0),
			() => false,
			h.runner,
			h.now
		);
		expect(h.pending).toBe(0);
	});
});
