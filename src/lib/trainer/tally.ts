// Show-of-hands counts: how many people in the room chose each option. Pure arithmetic,
// shared by the session machine, the views and the summary.

export type Tally = Record<string, number>;

/** Counts are whole numbers from 0 to 999 (a room, not a stadium). */
export function clampCount(value: number): number {
	if (!Number.isFinite(value)) return 0;
	return Math.min(999, Math.max(0, Math.trunc(value)));
}

export function setCount(tally: Tally | undefined, optionId: string, count: number): Tally {
	return { ...tally, [optionId]: clampCount(count) };
}

export function addCount(tally: Tally | undefined, optionId: string, delta: number): Tally {
	return setCount(tally, optionId, (tally?.[optionId] ?? 0) + delta);
}

export const totalVotes = (tally: Tally | undefined) =>
	Object.values(tally ?? {}).reduce((sum, count) => sum + count, 0);

/** Whole-number percentages of the votes, in option order; 0 when nobody voted. */
export function shares(tally: Tally | undefined, optionIds: string[]): number[] {
	const total = totalVotes(tally);
	return optionIds.map((id) => (total ? Math.round(((tally?.[id] ?? 0) * 100) / total) : 0));
}

/**
 * The option the room chose: the most voted; a tie goes to the first in authored order;
 * with no vote at all, the first option (the trainer can pick another).
 */
export function mostVoted(tally: Tally | undefined, optionIds: string[]): string {
	let best = optionIds[0];
	for (const id of optionIds) if ((tally?.[id] ?? 0) > (tally?.[best] ?? 0)) best = id;
	return best;
}

/** Options that share the highest count, when more than one does (the trainer decides). */
export function tiedOptions(tally: Tally | undefined, optionIds: string[]): string[] {
	const top = Math.max(0, ...optionIds.map((id) => tally?.[id] ?? 0));
	const tied = optionIds.filter((id) => (tally?.[id] ?? 0) === top);
	return top > 0 && tied.length > 1 ? tied : [];
}

/** A, B, C… : the letters the room and the printed guide use, in authored order. */
export const letter = (index: number) => String.fromCharCode(65 + index);
