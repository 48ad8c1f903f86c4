// Voting cards: the fixed dictionary, orientation → letter, the room's votes from a stream of
// readings, and the detector on synthetic frames (one card per letter, then a small room).
import { describe, expect, it } from 'vitest';
import {
	CARD_CODES,
	MAX_CARDS,
	SIDE_LETTERS,
	letterOnTop,
	markerCells,
	type Point
} from '$lib/trainer/vote/cards';
import { readCards } from '$lib/trainer/vote/detect';
import {
	countsByLetter,
	noVotes,
	tallyFromVotes,
	votesFromStream,
	withReadings
} from '$lib/trainer/vote/room-votes';
import { renderGrey, seeded, toRgba, type HeldCard } from '../../tools/card-scene';

/** A marker's corners, top-left first then clockwise, turned `degrees` clockwise on screen. */
function cornersTurned(degrees: number): Point[] {
	const r = (degrees * Math.PI) / 180;
	return [
		[-1, -1],
		[1, -1],
		[1, 1],
		[-1, 1]
	].map(([x, y]) => ({
		x: 100 + 50 * (x * Math.cos(r) - y * Math.sin(r)),
		y: 100 + 50 * (x * Math.sin(r) + y * Math.cos(r))
	}));
}

describe('the fixed card dictionary', () => {
	it('keeps its 40 codes, in order (printed cards depend on it)', () => {
		expect(MAX_CARDS).toBe(40);
		expect(CARD_CODES.slice(0, 3)).toEqual([46386, 3994, 13101]);
		expect(CARD_CODES.at(-1)).toBe(7258);
	});

	it('draws card 1 with a black border around its code', () => {
		const cells = markerCells(1);
		expect(cells).toHaveLength(6);
		expect(cells[0].every(Boolean)).toBe(true);
		// 46386 = 1011 0101 0011 0010, 1 = white.
		expect(cells[1].slice(1, 5)).toEqual([false, true, false, false]);
		expect(() => markerCells(41)).toThrow(/de 1 à 40/);
	});
});

describe('orientation → letter', () => {
	it('reads each of the four straight positions', () => {
		expect(letterOnTop(cornersTurned(0))).toBe('A');
		expect(letterOnTop(cornersTurned(-90))).toBe('B');
		expect(letterOnTop(cornersTurned(180))).toBe('C');
		expect(letterOnTop(cornersTurned(90))).toBe('D');
	});

	it('tolerates a slant up to 30° and refuses a card held halfway', () => {
		for (const [turn, letter] of [
			[25, 'A'],
			[-25, 'A'],
			[-115, 'B'],
			[205, 'C'],
			[65, 'D']
		] as const) {
			expect(letterOnTop(cornersTurned(turn)), `${turn}°`).toBe(letter);
		}
		expect(letterOnTop(cornersTurned(45))).toBeNull();
		expect(letterOnTop(cornersTurned(-135))).toBeNull();
		expect(letterOnTop([])).toBeNull();
	});
});

describe('the room’s votes', () => {
	it('counts a card once however often it is seen', () => {
		const votes = votesFromStream([
			[{ card: 1, letter: 'A' }],
			[
				{ card: 1, letter: 'A' },
				{ card: 2, letter: 'B' }
			],
			[{ card: 1, letter: 'A' }]
		]);
		expect(countsByLetter(votes)).toEqual({ A: 1, B: 1, C: 0, D: 0 });
	});

	it('lets a card turned to another letter replace its earlier vote', () => {
		const votes = votesFromStream([
			[
				{ card: 3, letter: 'A' },
				{ card: 4, letter: 'C' }
			],
			[{ card: 3, letter: 'D' }]
		]);
		expect(countsByLetter(votes)).toEqual({ A: 0, B: 0, C: 1, D: 1 });
		expect(votes.get(3)).toBe('D');
	});

	it('returns the same votes when a frame changes nothing', () => {
		const votes = withReadings(noVotes(), [{ card: 5, letter: 'B' }]);
		expect(withReadings(votes, [{ card: 5, letter: 'B' }])).toBe(votes);
		expect(withReadings(votes, [])).toBe(votes);
	});

	it('fills the tally in option order and sets aside letters with no option', () => {
		const votes = votesFromStream([
			[
				{ card: 1, letter: 'A' },
				{ card: 2, letter: 'C' },
				{ card: 3, letter: 'C' },
				{ card: 4, letter: 'D' }
			]
		]);
		expect(tallyFromVotes(votes, ['oui', 'non', 'peut-etre'])).toEqual({
			tally: { oui: 1, non: 0, 'peut-etre': 2 },
			outside: 1
		});
	});
});

describe('reading cards in a frame', () => {
	it('reads every letter of a card held straight', () => {
		for (const letter of SIDE_LETTERS) {
			const card: HeldCard = { card: 7, letter, x: 120, y: 120, size: 80 };
			const grey = renderGrey(240, 240, [card], {}, seeded(3));
			expect(readCards({ width: 240, height: 240, data: toRgba(grey) })).toEqual([
				{ card: 7, letter }
			]);
		}
	});

	it('reads a small room of slanted, tilted cards in uneven light', () => {
		const random = seeded(11);
		const cards: HeldCard[] = Array.from({ length: 8 }, (_, i) => ({
			card: i * 5 + 1,
			letter: SIDE_LETTERS[i % 4],
			x: 90 + (i % 4) * 150,
			y: 110 + Math.floor(i / 4) * 200,
			size: 70,
			slant: (random() - 0.5) * 30,
			tiltX: (random() - 0.5) * 40,
			tiltY: (random() - 0.5) * 40
		}));
		const grey = renderGrey(640, 420, cards, { blur: 0.7, noise: 6, darkest: 0.6 }, random);
		const readings = readCards({ width: 640, height: 420, data: toRgba(grey) });
		expect(readings.sort((a, b) => a.card - b.card)).toEqual(
			cards.map(({ card, letter }) => ({ card, letter }))
		);
	});
});
