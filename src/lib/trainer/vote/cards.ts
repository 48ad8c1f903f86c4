// The printed voting cards: which marker each card carries and which letter is on top.
//
// The dictionary is FIXED: cards printed once must keep reading after every update. Card n
// (1 to 40) carries marker n − 1 of ArUco's 4×4 dictionary (the first 40 codes of OpenCV's
// DICT_4X4_50, the same as the first 40 of js-aruco2's ARUCO_4X4_1000). Each code is 16 bits,
// read row by row from the marker's top-left cell, 1 = white cell. Any two codes, in any of
// their four rotations, differ in at least 4 cells; the detector accepts exact codes only
// (detect.ts), so a misread cell never turns into another card or another letter.
// Never reorder or change this list.
export const CARD_CODES: readonly number[] = [
	46386, 3994, 13101, 39238, 21662, 31181, 40494, 50418, 65242, 53078, 63889, 4519, 3767, 10767,
	9393, 9790, 18021, 26112, 27742, 30383, 34443, 45099, 52437, 56706, 65095, 38001, 44260, 42324,
	8483, 13423, 17429, 22450, 40655, 61643, 2222, 2345, 6261, 1279, 3574, 7258
];

/** Cells on a side of the code; the marker adds a one-cell black border (6 × 6 cells). */
export const CODE_SIZE = 4;
export const MARKER_CELLS = CODE_SIZE + 2;
export const MAX_CARDS = CARD_CODES.length;

/**
 * The letters printed on the card's four sides, clockwise from the side above the marker's
 * top edge: holding the card with B on top means "I vote B".
 */
export const SIDE_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type VoteLetter = (typeof SIDE_LETTERS)[number];

/** The card number (1–40) printed small on the card, for marker id 0–39. */
export const cardOfMarker = (markerId: number) => markerId + 1;

/** The marker's cells, row by row, border included: true = black. */
export function markerCells(card: number): boolean[][] {
	const code = CARD_CODES[card - 1];
	if (code === undefined)
		throw new RangeError(`Carte ${card} : les cartes vont de 1 à ${MAX_CARDS}.`);
	return Array.from({ length: MARKER_CELLS }, (_, row) =>
		Array.from({ length: MARKER_CELLS }, (_, column) => {
			const inside = row > 0 && row <= CODE_SIZE && column > 0 && column <= CODE_SIZE;
			if (!inside) return true;
			const bit = (row - 1) * CODE_SIZE + (column - 1);
			return ((code >> (CODE_SIZE * CODE_SIZE - 1 - bit)) & 1) === 0;
		})
	);
}

export interface Point {
	x: number;
	y: number;
}

/**
 * A held card tilted further than this from one of its four straight positions is not
 * counted: halfway between two letters, the room's intent is not clear.
 */
export const MAX_SLANT_DEGREES = 30;

/**
 * The letter on top, from the marker's corners in the image (top-left of the marker first,
 * then clockwise, as the detector returns them; y grows downwards). Null when the card is
 * held too slanted to tell.
 */
export function letterOnTop(corners: readonly Point[]): VoteLetter | null {
	if (corners.length !== 4) return null;
	const center = {
		x: corners.reduce((sum, corner) => sum + corner.x, 0) / 4,
		y: corners.reduce((sum, corner) => sum + corner.y, 0) / 4
	};
	// From the centre to the middle of the marker's top edge: the way "A" points.
	const up = {
		x: (corners[0].x + corners[1].x) / 2 - center.x,
		y: (corners[0].y + corners[1].y) / 2 - center.y
	};
	// 0° when A is on top, 90° when A points right (the card turned a quarter clockwise).
	const degrees = (Math.atan2(up.x, -up.y) * 180) / Math.PI;
	const quarter = Math.round(degrees / 90);
	if (Math.abs(degrees - quarter * 90) > MAX_SLANT_DEGREES) return null;
	// Turned a quarter clockwise, the side that was on the left (D) is now on top.
	return SIDE_LETTERS[(((-quarter % 4) + 4) % 4) as 0 | 1 | 2 | 3];
}

/** The rotation (degrees, clockwise) to print a side's letter upright when it is on top. */
export const letterRotation = (letter: VoteLetter) => SIDE_LETTERS.indexOf(letter) * 90;
