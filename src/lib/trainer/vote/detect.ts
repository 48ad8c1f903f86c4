// Reads the voting cards in one camera frame, with js-aruco2 (MIT, a JavaScript port of
// ArUco) given our fixed dictionary (cards.ts). Runs in the scanning worker and in the bench.
import aruco from 'js-aruco2';
import { CARD_CODES, CODE_SIZE, cardOfMarker, letterOnTop } from './cards';
import type { CardReading } from './room-votes';

const DICTIONARY = 'REPERES_CARTES_VOTE_40';
/**
 * js-aruco2 accepts a code at a distance strictly below this: one misread cell is corrected.
 * Our codes are at least 4 cells apart in every rotation, so a corrected read cannot land on
 * another card or another letter.
 */
const ACCEPTED_DISTANCE = 2;

export interface Frame {
	width: number;
	height: number;
	/** RGBA bytes, as in ImageData. */
	data: Uint8ClampedArray;
}

let detector: InstanceType<typeof aruco.AR.Detector> | null = null;

function cardDetector() {
	if (!detector) {
		aruco.AR.DICTIONARIES[DICTIONARY] = {
			nBits: CODE_SIZE * CODE_SIZE,
			tau: ACCEPTED_DISTANCE,
			codeList: [...CARD_CODES]
		};
		detector = new aruco.AR.Detector({
			dictionaryName: DICTIONARY,
			maxHammingDistance: ACCEPTED_DISTANCE
		});
	}
	return detector;
}

/** The cards read in a frame, one reading per card (a card held straight enough). */
export function readCards(frame: Frame): CardReading[] {
	const readings = new Map<number, CardReading>();
	for (const marker of cardDetector().detect(frame)) {
		const letter = letterOnTop(marker.corners);
		const card = cardOfMarker(marker.id);
		// The same card twice in one frame (a reflection, a photocopy): neither is trusted.
		if (readings.has(card)) {
			readings.delete(card);
			continue;
		}
		if (letter) readings.set(card, { card, letter });
	}
	return [...readings.values()];
}

/** Mean brightness (0–255) of a frame, sampled: below a floor, the room is too dark. */
export function meanBrightness(frame: Frame, step = 16): number {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < frame.data.length; i += 4 * step) {
		sum += frame.data[i] * 0.299 + frame.data[i + 1] * 0.587 + frame.data[i + 2] * 0.114;
		count++;
	}
	return count ? sum / count : 0;
}
