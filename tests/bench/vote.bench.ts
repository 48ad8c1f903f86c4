// `vitest bench` (run by `npm run bench`): the voting cards on synthetic frames.
// Accuracy: one card per frame, at marker sizes from 30 to 200 px, each frame with a random
// letter, slant (±20°), tilt in depth (up to 30°), blur, sensor noise and uneven light; the
// table (read rate, wrong letters) goes to tests/.cache/vote-accuracy.json for run.js.
// Speed: frames analysed per second at 1280×720, a room of 24 cards.
import { mkdirSync, writeFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { SIDE_LETTERS, MAX_CARDS } from '$lib/trainer/vote/cards';
import { readCards } from '$lib/trainer/vote/detect';
import { renderGrey, seeded, toRgba, type HeldCard } from '../tools/card-scene';

const SIZES = [16, 20, 24, 30, 35, 40, 50, 60, 80, 100, 150, 200];
const TRIALS = 200;

function trial(size: number, random: () => number) {
	const letter = SIDE_LETTERS[Math.floor(random() * 4)];
	const card = 1 + Math.floor(random() * MAX_CARDS);
	const lean = random() * 30;
	const direction = random() * 2 * Math.PI;
	// The printed page is 1.65 marker sides tall: the frame leaves room around it.
	const side = Math.ceil(size * 2.2 + 40);
	const held: HeldCard = {
		card,
		letter,
		x: side / 2 + (random() - 0.5) * 10,
		y: side / 2 + (random() - 0.5) * 10,
		size,
		slant: (random() - 0.5) * 40,
		tiltX: lean * Math.cos(direction),
		tiltY: lean * Math.sin(direction)
	};
	const grey = renderGrey(
		side,
		side,
		[held],
		{
			blur: random() * 1.0,
			noise: random() * 8,
			darkest: 0.5 + random() * 0.5,
			lightAngle: random() * 360,
			exposure: 0.6 + random() * 0.4
		},
		random
	);
	const readings = readCards({ width: side, height: side, data: toRgba(grey) });
	const mine = readings.find((reading) => reading.card === card);
	return {
		read: mine?.letter === letter,
		wrongLetter: !!mine && mine.letter !== letter,
		otherCard: readings.some((reading) => reading.card !== card)
	};
}

const random = seeded(2026);
const rows = SIZES.map((size) => {
	let read = 0;
	let wrongLetters = 0;
	let otherCards = 0;
	for (let i = 0; i < TRIALS; i++) {
		const result = trial(size, random);
		if (result.read) read++;
		if (result.wrongLetter) wrongLetters++;
		if (result.otherCard) otherCards++;
	}
	return { size, trials: TRIALS, read, wrongLetters, otherCards };
});

const ROOM: HeldCard[] = Array.from({ length: 24 }, (_, i) => ({
	card: i + 1,
	letter: SIDE_LETTERS[i % 4],
	x: 80 + (i % 8) * 160,
	y: 130 + Math.floor(i / 8) * 230,
	size: 60 + (i % 3) * 20,
	slant: ((i * 7) % 30) - 15
}));
const frame = {
	width: 1280,
	height: 720,
	data: toRgba(renderGrey(1280, 720, ROOM, { blur: 0.6, noise: 4, darkest: 0.7 }, seeded(7)))
};

const roomRead = readCards(frame).filter(
	(reading) => ROOM.find((held) => held.card === reading.card)?.letter === reading.letter
).length;
mkdirSync('tests/.cache', { recursive: true });
writeFileSync(
	'tests/.cache/vote-accuracy.json',
	JSON.stringify({ rows, room: { cards: ROOM.length, read: roomRead } }, null, '\t')
);

describe('voting cards', () => {
	bench(
		'read the cards of one 1280×720 frame',
		() => {
			readCards(frame);
		},
		{ time: 3000 }
	);
});
