// Reads the voting cards in one camera frame, with js-aruco2 (MIT, a JavaScript port of
// ArUco) given our fixed dictionary (cards.ts). Runs in the scanning worker and in the bench.
// The steps are the library's own `detect()`, with two settings of ours (measured by
// `npm run bench`): a wider, less touchy local threshold, so sensor noise does not fray the
// marker's outline, and exact codes only, so a pattern inside a large marker never reads as
// another card.
import aruco from 'js-aruco2';
import cv from 'js-aruco2/src/cv.js';
import { CARD_CODES, CODE_SIZE, cardOfMarker, letterOnTop, type Point } from './cards';
import type { CardReading } from './room-votes';

const DICTIONARY = 'REPERES_CARTES_VOTE_40';

export interface Frame {
	width: number;
	height: number;
	/** RGBA bytes, as in ImageData. */
	data: Uint8ClampedArray;
}

export interface DetectionSettings {
	/** Half-width of the local mean window of the threshold, in pixels. */
	kernel: number;
	/** How much darker than its surroundings a pixel must be to count as ink. */
	threshold: number;
	/** Codes are accepted at a distance strictly below this (1: exact codes only). */
	acceptedDistance: number;
}

/**
 * Measured on synthetic frames (tests/bench/vote.bench.ts): the library's defaults (2, 7, and
 * one wrong cell corrected) missed up to 5 % of large, blurred, noisy markers and read false
 * cards inside 1 in 8 markers of 150 px and more; these read them all, and no false card.
 */
export const SETTINGS: DetectionSettings = { kernel: 4, threshold: 10, acceptedDistance: 1 };

type Detector = InstanceType<typeof aruco.AR.Detector>;
const detectors = new Map<number, Detector>();

function cardDetector(acceptedDistance: number) {
	let detector = detectors.get(acceptedDistance);
	if (!detector) {
		aruco.AR.DICTIONARIES[DICTIONARY] = {
			nBits: CODE_SIZE * CODE_SIZE,
			tau: acceptedDistance,
			codeList: [...CARD_CODES]
		};
		detector = new aruco.AR.Detector({
			dictionaryName: DICTIONARY,
			maxHammingDistance: acceptedDistance
		});
		detectors.set(acceptedDistance, detector);
	}
	return detector;
}

interface Found {
	id: number;
	corners: Point[];
}

function findMarkers(frame: Frame, settings: DetectionSettings): Found[] {
	const detector = cardDetector(settings.acceptedDistance);
	const { CV } = cv;
	CV.grayscale(frame, detector.grey);
	CV.adaptiveThreshold(detector.grey, detector.thres, settings.kernel, settings.threshold);
	detector.contours = CV.findContours(detector.thres, detector.binary);
	let candidates = detector.findCandidates(detector.contours, frame.width * 0.01, 0.05, 10);
	candidates = detector.clockwiseCorners(candidates);
	candidates = detector.notTooNear(candidates, 10);
	return detector.findMarkers(detector.grey, candidates, 49);
}

const centreOf = (corners: Point[]) => ({
	x: corners.reduce((sum, corner) => sum + corner.x, 0) / corners.length,
	y: corners.reduce((sum, corner) => sum + corner.y, 0) / corners.length
});

const sideOf = (corners: Point[]) =>
	Math.hypot(corners[1].x - corners[0].x, corners[1].y - corners[0].y);

/** The cards read in a frame, one reading per card (a card held straight enough). */
export function readCards(frame: Frame, settings = SETTINGS): CardReading[] {
	const byCard = new Map<number, Found[]>();
	for (const marker of findMarkers(frame, settings)) {
		const card = cardOfMarker(marker.id);
		byCard.set(card, [...(byCard.get(card) ?? []), marker]);
	}
	const readings: CardReading[] = [];
	for (const [card, found] of byCard) {
		// The same card twice in one place (both edges of its border) is one card; in two
		// places (a reflection, a photocopy), neither is trusted.
		const first = centreOf(found[0].corners);
		const together = found.every((marker) => {
			const centre = centreOf(marker.corners);
			return Math.hypot(centre.x - first.x, centre.y - first.y) < sideOf(found[0].corners) / 2;
		});
		const letters = new Set(found.map((marker) => letterOnTop(marker.corners)));
		const [letter] = letters;
		if (together && letters.size === 1 && letter) readings.push({ card, letter });
	}
	return readings;
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
