// The voting cards' figures (measured by vote.bench.ts): read rate by marker size on synthetic
// frames, wrong letters and false cards (budget: none), and frames analysed per second.
import { readFileSync } from 'node:fs';

export const VOTE_BUDGETS = {
	/** Read rate from this marker size up (an 18 cm card at 5 m on a 1080p camera: ~60 px). */
	readFromPx: 40,
	readRate: 0.99,
	/** Frames of 1280×720 analysed per second, on this machine. */
	framesPerSecond: 8
};

/**
 * Prints the table and the speed beside their budgets; returns how many are over.
 * @param {{ name: string, mean: number, hz: number, median?: number }} result
 */
export function reportVoteCards(result) {
	let over = 0;
	/** @type {{ rows: { size: number, trials: number, read: number, wrongLetters: number, otherCards: number }[], room: { cards: number, read: number } }} */
	const accuracy = JSON.parse(readFileSync('tests/.cache/vote-accuracy.json', 'utf8'));
	console.log('      marker px   read        wrong letter   false card');
	for (const row of accuracy.rows) {
		const rate = `${((100 * row.read) / row.trials).toFixed(1)} %`;
		console.log(
			`      ${String(row.size).padStart(9)}   ${rate.padEnd(11)} ${String(row.wrongLetters).padEnd(14)} ${row.otherCards}`
		);
	}
	const budgeted = accuracy.rows.filter((row) => row.size >= VOTE_BUDGETS.readFromPx);
	const read = budgeted.reduce((sum, row) => sum + row.read, 0);
	const trials = budgeted.reduce((sum, row) => sum + row.trials, 0);
	const rateOk = read / trials >= VOTE_BUDGETS.readRate;
	const wrong = accuracy.rows.reduce((sum, row) => sum + row.wrongLetters + row.otherCards, 0);
	const smallest = accuracy.rows.find((row) => row.read / row.trials >= 0.95);
	const fps = 1000 / (result.median ?? result.mean);
	const fpsOk = fps >= VOTE_BUDGETS.framesPerSecond;
	for (const [ok, label, value, budget] of [
		[
			rateOk,
			`cards read from ${VOTE_BUDGETS.readFromPx} px`,
			`${((100 * read) / trials).toFixed(1)} %`,
			`≥ ${VOTE_BUDGETS.readRate * 100} %`
		],
		[wrong === 0, 'wrong letters and false cards, whole set', String(wrong), '0'],
		[
			fpsOk,
			`frames per second at 1280×720 (${accuracy.room.read}/${accuracy.room.cards} cards read)`,
			fps.toFixed(1),
			`≥ ${VOTE_BUDGETS.framesPerSecond}`
		]
	]) {
		if (!ok) over++;
		console.log(
			`${ok ? 'ok  ' : 'OVER'}  ${String(label).padEnd(62)} ${String(value).padStart(10)}  (budget ${budget})`
		);
	}
	console.log(
		`      smallest marker read 95 % of the time: ${smallest ? `${smallest.size} px` : 'none'}`
	);
	return over + (accuracy.room.read === accuracy.room.cards ? 0 : 1);
}
