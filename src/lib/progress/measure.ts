// The progress code marks its own work with `performance.measure` spans named
// `reperes:progress:<what>`, so the bench (tests/bench/progress.js) can hold each one to its
// budget on a slow phone.
export const MEASURE_PREFIX = 'reperes:progress:';

export async function measured<T>(name: string, run: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await run();
	} finally {
		performance.measure?.(`${MEASURE_PREFIX}${name}`, { start, end: performance.now() });
	}
}
