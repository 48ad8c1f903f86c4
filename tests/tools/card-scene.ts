// Synthetic camera frames of a room holding voting cards, for the bench (accuracy, speed), the
// unit tests and the fake camera of the e2e test. A card is drawn as printed (A4 portrait,
// 18 cm marker, letters in the margins), held at a slant, tilted in depth, then the frame is
// blurred, lit unevenly and given sensor noise. Deterministic: every random draw is seeded.
import { SIDE_LETTERS, markerCells, type VoteLetter } from '../../src/lib/trainer/vote/cards';

/** The printed card, in centimetres from its centre (y down). */
const PAGE = { width: 21, height: 29.7, marker: 18 };
const HALF_MARKER = PAGE.marker / 2;
/** Letter blocks, where VoteCard.svelte prints them: A top centre, C bottom centre, B at the
 * top end of the right side, D at the bottom end of the left side. */
const LETTER_BOXES = [
	{ x0: -1, x1: 1, y0: -13.25, y1: -11.25 },
	{ x0: 7, x1: 9, y0: -13.6, y1: -11.6 },
	{ x0: -1, x1: 1, y0: 11.25, y1: 13.25 },
	{ x0: -9, x1: -7, y0: 11.6, y1: 13.6 }
];

export interface HeldCard {
	card: number;
	/** The letter the holder put on top. */
	letter: VoteLetter;
	/** Centre of the marker in the frame, in pixels. */
	x: number;
	y: number;
	/** Side of the marker in pixels, seen face on. */
	size: number;
	/** Degrees off straight in the card's plane (a hand is never exactly level). */
	slant?: number;
	/** Degrees the card leans back (around the horizontal) and turns (around the vertical). */
	tiltX?: number;
	tiltY?: number;
}

export interface Lighting {
	/** Standard deviation of a Gaussian blur, in pixels. */
	blur?: number;
	/** Standard deviation of the sensor noise, in grey levels. */
	noise?: number;
	/** Brightness at the darkest side of the frame, from 0 to 1 (1: even light). */
	darkest?: number;
	/** Direction the light falls off towards, in degrees. */
	lightAngle?: number;
	/** Overall brightness (1: a lit room). */
	exposure?: number;
}

/** A small seeded generator (mulberry32): the same seed draws the same frames. */
export function seeded(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Reflectance (0 black … 1 white) of the printed card at (x, y) cm, or null off the paper. */
function paperAt(cells: boolean[][], x: number, y: number): number | null {
	if (Math.abs(x) > PAGE.width / 2 || Math.abs(y) > PAGE.height / 2) return null;
	if (Math.abs(x) < HALF_MARKER && Math.abs(y) < HALF_MARKER) {
		const size = PAGE.marker / cells.length;
		const column = Math.min(cells.length - 1, Math.floor((x + HALF_MARKER) / size));
		const row = Math.min(cells.length - 1, Math.floor((y + HALF_MARKER) / size));
		return cells[row][column] ? 0.06 : 0.92;
	}
	for (const box of LETTER_BOXES) {
		if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
		// An outlined block, about the weight of a bold capital.
		const stroke = 0.45;
		const ring =
			x - box.x0 < stroke || box.x1 - x < stroke || y - box.y0 < stroke || box.y1 - y < stroke;
		return ring ? 0.06 : 0.92;
	}
	return 0.92;
}

/** Card-plane point → frame pixel, and back, for one held card (a pinhole camera). */
function projection(held: HeldCard) {
	// The card turned so that `letter` is on top: each side a quarter turn anticlockwise.
	const quarter = SIDE_LETTERS.indexOf(held.letter);
	const roll = ((-quarter * 90 + (held.slant ?? 0)) * Math.PI) / 180;
	const a = ((held.tiltX ?? 0) * Math.PI) / 180;
	const b = ((held.tiltY ?? 0) * Math.PI) / 180;
	const distance = PAGE.marker * 4;
	const focal = (held.size * distance) / PAGE.marker;
	// Rotation: roll in the plane, then lean (x axis), then turn (y axis).
	const [cr, sr, ca, sa, cb, sb] = [
		Math.cos(roll),
		Math.sin(roll),
		Math.cos(a),
		Math.sin(a),
		Math.cos(b),
		Math.sin(b)
	];
	// Columns of R for the card's x and y axes (z = 0 on the card).
	const ex = [cb * cr + sb * sa * sr, ca * sr, -sb * cr + cb * sa * sr];
	const ey = [-cb * sr + sb * sa * cr, ca * cr, sb * sr + cb * sa * cr];
	const normal = [
		ex[1] * ey[2] - ex[2] * ey[1],
		ex[2] * ey[0] - ex[0] * ey[2],
		ex[0] * ey[1] - ex[1] * ey[0]
	];
	const toFrame = (x: number, y: number) => {
		const X = ex[0] * x + ey[0] * y;
		const Y = ex[1] * x + ey[1] * y;
		const Z = ex[2] * x + ey[2] * y + distance;
		return { x: held.x + (focal * X) / Z, y: held.y + (focal * Y) / Z };
	};
	const toCard = (px: number, py: number) => {
		const ray = [(px - held.x) / focal, (py - held.y) / focal, 1];
		const t =
			(normal[2] * distance) / (normal[0] * ray[0] + normal[1] * ray[1] + normal[2] * ray[2]);
		const P = [t * ray[0], t * ray[1], t * ray[2] - distance];
		return {
			x: ex[0] * P[0] + ex[1] * P[1] + ex[2] * P[2],
			y: ey[0] * P[0] + ey[1] * P[1] + ey[2] * P[2]
		};
	};
	return { toFrame, toCard };
}

/** Grey levels of a frame: a cluttered room, the cards, light, blur and noise. */
export function renderGrey(
	width: number,
	height: number,
	cards: HeldCard[],
	lighting: Lighting = {},
	random = seeded(1)
): Float32Array {
	const grey = new Float32Array(width * height);
	// The room: soft blotches of wall, furniture and clothes.
	const blotches = Array.from({ length: 14 }, () => ({
		x: random() * width,
		y: random() * height,
		w: (0.1 + random() * 0.3) * width,
		h: (0.1 + random() * 0.3) * height,
		tone: 0.2 + random() * 0.6
	}));
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			let tone = 0.55;
			for (const blotch of blotches)
				if (Math.abs(x - blotch.x) < blotch.w / 2 && Math.abs(y - blotch.y) < blotch.h / 2)
					tone = blotch.tone;
			grey[y * width + x] = tone;
		}
	for (const held of cards) {
		const cells = markerCells(held.card);
		const { toFrame, toCard } = projection(held);
		const corners = [
			toFrame(-PAGE.width / 2, -PAGE.height / 2),
			toFrame(PAGE.width / 2, -PAGE.height / 2),
			toFrame(PAGE.width / 2, PAGE.height / 2),
			toFrame(-PAGE.width / 2, PAGE.height / 2)
		];
		const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.x))));
		const x1 = Math.min(width - 1, Math.ceil(Math.max(...corners.map((c) => c.x))));
		const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.y))));
		const y1 = Math.min(height - 1, Math.ceil(Math.max(...corners.map((c) => c.y))));
		for (let y = y0; y <= y1; y++)
			for (let x = x0; x <= x1; x++) {
				// 2 × 2 samples a pixel: edges are grey, as a camera sees them.
				let sum = 0;
				let hits = 0;
				for (const [dx, dy] of [
					[0.25, 0.25],
					[0.75, 0.25],
					[0.25, 0.75],
					[0.75, 0.75]
				]) {
					const point = toCard(x + dx, y + dy);
					const value = paperAt(cells, point.x, point.y);
					if (value !== null) {
						sum += value;
						hits++;
					}
				}
				if (hits) {
					const index = y * width + x;
					grey[index] = (grey[index] * (4 - hits) + sum) / 4;
				}
			}
	}
	const blurred = lighting.blur ? gaussianBlur(grey, width, height, lighting.blur) : grey;
	const darkest = lighting.darkest ?? 1;
	const angle = ((lighting.lightAngle ?? 0) * Math.PI) / 180;
	const exposure = lighting.exposure ?? 1;
	const noise = lighting.noise ?? 0;
	const reach = Math.abs(Math.cos(angle)) * width + Math.abs(Math.sin(angle)) * height;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const along =
				((x - width / 2) * Math.cos(angle) + (y - height / 2) * Math.sin(angle)) / reach + 0.5;
			const light = exposure * (1 - (1 - darkest) * along);
			const index = y * width + x;
			blurred[index] = blurred[index] * light * 255 + (noise ? gaussian(random) * noise : 0);
		}
	return blurred;
}

/** The same frame as RGBA bytes (what a canvas hands the detector). */
export function toRgba(grey: Float32Array): Uint8ClampedArray {
	const rgba = new Uint8ClampedArray(grey.length * 4);
	for (let i = 0; i < grey.length; i++) {
		rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i];
		rgba[i * 4 + 3] = 255;
	}
	return rgba;
}

function gaussian(random: () => number) {
	const u = Math.max(random(), 1e-9);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function gaussianBlur(src: Float32Array, width: number, height: number, sigma: number) {
	const radius = Math.ceil(sigma * 2.5);
	const kernel = Array.from({ length: radius * 2 + 1 }, (_, i) =>
		Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma))
	);
	const total = kernel.reduce((sum, value) => sum + value, 0);
	const weights = kernel.map((value) => value / total);
	const pass = (input: Float32Array, dx: number, dy: number) => {
		const output = new Float32Array(input.length);
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				let sum = 0;
				for (let k = -radius; k <= radius; k++) {
					const sx = Math.min(width - 1, Math.max(0, x + k * dx));
					const sy = Math.min(height - 1, Math.max(0, y + k * dy));
					sum += input[sy * width + sx] * weights[k + radius];
				}
				output[y * width + x] = sum;
			}
		return output;
	};
	return pass(pass(src, 1, 0), 0, 1);
}
