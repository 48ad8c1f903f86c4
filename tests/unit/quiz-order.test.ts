import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fits, orderFor, shuffledOrder } from '$lib/quiz/order';

const optionLists = fc.uniqueArray(
	fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), fixe: fc.boolean() }),
	{ minLength: 2, maxLength: 7, selector: (option) => option.id }
);

describe('shuffled options', () => {
	it('is a permutation that keeps pinned options in place, the same for the same seed', () => {
		fc.assert(
			fc.property(optionLists, fc.string(), (options, seed) => {
				const order = shuffledOrder(options, seed);
				expect([...order].sort()).toEqual(options.map((o) => o.id).sort());
				options.forEach((option, index) => {
					if (option.fixe) expect(order[index]).toBe(option.id);
				});
				expect(shuffledOrder(options, seed)).toEqual(order);
				expect(fits(options, order)).toBe(true);
			})
		);
	});

	it('moves the options around across learners (not always the authored order)', () => {
		const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
		const firsts = new Set(
			Array.from({ length: 200 }, (_, i) => shuffledOrder(options, `graine-${i}`)[0])
		);
		expect(firsts).toEqual(new Set(['a', 'b', 'c', 'd']));
	});

	it('keeps a stored order while it fits, and draws again when the options changed', () => {
		const options = [{ id: 'oui' }, { id: 'non' }, { id: 'toutes', fixe: true }];
		expect(orderFor(options, ['non', 'oui', 'toutes'], 's')).toEqual(['non', 'oui', 'toutes']);
		// A stored order from before "toutes" was pinned last, or before an option was added.
		expect(fits(options, ['toutes', 'oui', 'non'])).toBe(false);
		expect(fits(options, ['non', 'oui'])).toBe(false);
		expect(orderFor(options, ['non', 'oui'], 's')).toEqual(shuffledOrder(options, 's'));
	});
});
