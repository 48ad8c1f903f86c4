// Work that can wait for the browser to be idle, in slices short enough that a slow phone
// never sees one long task (a long lesson mounts dozens of glossary terms).

/** At most this long per slice: under 50 ms even on a phone four times slower than a laptop. */
const SLICE_MS = 8;

type IdleRunner = (work: () => void) => void;

/** Runs `work` once the browser is idle, or after `timeoutMs` if it never is. */
export const whenIdle = (work: () => void, timeoutMs = 2000) =>
	typeof requestIdleCallback === 'function'
		? void requestIdleCallback(() => work(), { timeout: timeoutMs })
		: void setTimeout(work, 1);

/**
 * Calls `each` on every item, a slice at a time in idle moments, until done or `stopped()`.
 * `runner` exists for tests.
 */
export function inIdleSlices<T>(
	items: T[],
	each: (item: T) => void,
	stopped: () => boolean,
	runner: IdleRunner = (work) => whenIdle(work),
	now: () => number = () => performance.now()
) {
	let next = 0;
	const slice = () => {
		if (stopped()) return;
		const start = now();
		do each(items[next++]);
		while (next < items.length && now() - start < SLICE_MS);
		if (next < items.length) runner(slice);
	};
	if (items.length > 0) runner(slice);
}
