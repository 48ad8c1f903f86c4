// Options of a knowledge check are shown in a shuffled order, so the right answer is not
// always in the same place, yet the same for a learner across reloads: the order comes from a
// seed kept on the device and is stored with the attempt. Authors pin an option with
// `fixe: true` (e.g. "toutes les réponses" stays last).

interface Orderable {
	id: string;
	fixe?: boolean;
}

/** FNV-1a: a string to a 32-bit seed. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a small, good-enough deterministic generator in [0, 1). */
function generator(seed: number) {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A deterministic shuffle of the option ids; pinned options keep their authored place. */
export function shuffledOrder(options: Orderable[], seed: string): string[] {
	const random = generator(hash(seed));
	const free = options.filter((option) => !option.fixe).map((option) => option.id);
	for (let i = free.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[free[i], free[j]] = [free[j], free[i]];
	}
	let next = 0;
	return options.map((option) => (option.fixe ? option.id : free[next++]));
}

/** A stored order still fits when it lists exactly these options with pinned ones in place. */
export function fits(options: Orderable[], order: string[] | undefined): order is string[] {
	if (!order || order.length !== options.length) return false;
	const ids = new Set(options.map((option) => option.id));
	return (
		new Set(order).size === order.length &&
		order.every((id) => ids.has(id)) &&
		options.every((option, index) => !option.fixe || order[index] === option.id)
	);
}

/** The order to show: the stored one while it fits, otherwise the one the seed gives. */
export const orderFor = (options: Orderable[], stored: string[] | undefined, seed: string) =>
	fits(options, stored) ? stored : shuffledOrder(options, seed);
