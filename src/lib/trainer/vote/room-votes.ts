// The room's votes as the camera reads them: one vote per card, the latest reading wins (a
// card turned to another letter changes its vote; the same card seen again is not counted
// twice). Only card numbers and letters are kept, never an image.
import { SIDE_LETTERS, type VoteLetter } from './cards';
import type { Tally } from '../tally';

export interface CardReading {
	card: number;
	letter: VoteLetter;
}

/** Card number → its current letter. */
export type RoomVotes = ReadonlyMap<number, VoteLetter>;

export const noVotes = (): RoomVotes => new Map();

/** The votes after one analysed frame: each card read replaces its earlier vote. */
export function withReadings(votes: RoomVotes, readings: readonly CardReading[]): RoomVotes {
	if (readings.every((reading) => votes.get(reading.card) === reading.letter)) return votes;
	const next = new Map(votes);
	for (const reading of readings) next.set(reading.card, reading.letter);
	return next;
}

/** The votes after a stream of frames, in the order they were analysed. */
export const votesFromStream = (frames: Iterable<readonly CardReading[]>) => {
	let votes = noVotes();
	for (const readings of frames) votes = withReadings(votes, readings);
	return votes;
};

/** How many cards show each letter (A to D), in letter order. */
export function countsByLetter(votes: RoomVotes): Record<VoteLetter, number> {
	const counts = { A: 0, B: 0, C: 0, D: 0 };
	for (const letter of votes.values()) counts[letter]++;
	return counts;
}

/**
 * The show-of-hands tally for options in authored order (option 1 = A…). A letter with no
 * option (D when there are three) is counted in `outside`, not in the tally.
 */
export function tallyFromVotes(votes: RoomVotes, optionIds: readonly string[]) {
	const counts = countsByLetter(votes);
	const tally: Tally = {};
	let outside = 0;
	SIDE_LETTERS.forEach((letter, index) => {
		const id = optionIds[index];
		if (id) tally[id] = counts[letter];
		else outside += counts[letter];
	});
	return { tally, outside };
}
