// Time spent on each plan item, kept beside the session snapshot (the machine stays pure).
import type { SessionTiming } from './repository';

export const startTiming = (now: number): SessionTiming => ({
	startedAt: now,
	current: null,
	spent: {}
});

/** Closes the stretch on the item that was on screen and opens one on `key` (null: none). */
export function switchItem(timing: SessionTiming, key: string | null, now: number): SessionTiming {
	if (timing.current?.key === key) return timing;
	const spent = { ...timing.spent };
	if (timing.current) {
		spent[timing.current.key] =
			(spent[timing.current.key] ?? 0) + Math.max(0, now - timing.current.since);
	}
	return { ...timing, spent, current: key === null ? null : { key, since: now } };
}

/** Milliseconds spent on an item so far, the running stretch included. */
export function spentOn(timing: SessionTiming, key: string, now: number): number {
	const running = timing.current?.key === key ? Math.max(0, now - timing.current.since) : 0;
	return (timing.spent[key] ?? 0) + running;
}

export const totalSpent = (timing: SessionTiming, now: number) =>
	Object.keys({ ...timing.spent, ...(timing.current ? { [timing.current.key]: 0 } : {}) }).reduce(
		(sum, key) => sum + spentOn(timing, key, now),
		0
	);

/** "12 min", "1 h 05": minutes are what a trainer plans in. */
export function minutesLabel(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

/** "4:07" for the discussion timer of the notes view. */
export function clockLabel(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
