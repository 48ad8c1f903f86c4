// Filling the offline cache on a weak connection (reliability review §3c, §6): files are
// fetched in small batches, each retried with backoff, and stored as they arrive, so a failed
// file never throws away the others and a later visit only fetches what is missing.

export interface FillOptions {
	/** Files fetched at once. */
	batch?: number;
	/** Tries per file before it is left for a later visit. */
	attempts?: number;
	/** First wait before a retry, in ms; it doubles at each try. */
	backoffMs?: number;
	/** Whole batches failing in a row that mean the server is gone: stop until next time. */
	deadBatches?: number;
	fetch?: (request: Request) => Promise<Response>;
	sleep?: (ms: number) => Promise<void>;
	onProgress?: (done: number, total: number) => void;
}

export interface FillResult {
	done: number;
	total: number;
	/** Files still missing after this pass. */
	missing: string[];
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Hashed files never change, so the HTTP cache may serve them; anything else is revalidated
 * with the server, or a host's `max-age` would put the previous version's pages into the new
 * version's cache.
 */
export const requestFor = (url: string) =>
	new Request(url, { cache: url.includes('/_app/immutable/') ? 'default' : 'no-cache' });

/** Stores every url missing from the cache that it can get; never throws on network errors. */
export async function fill(cache: Cache, urls: string[], options: FillOptions = {}) {
	const {
		batch = 6,
		attempts = 4,
		backoffMs = 300,
		deadBatches = 3,
		fetch: get = (request) => fetch(request),
		sleep = wait,
		onProgress
	} = options;
	const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	const missing = urls.filter((url) => !cached.has(url));
	let done = urls.length - missing.length;
	const failed: string[] = [];
	let deadInARow = 0;

	const store = async (url: string) => {
		for (let attempt = 1; ; attempt++) {
			try {
				const response = await get(requestFor(url));
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				await cache.put(url, response);
				return true;
			} catch {
				if (attempt >= attempts) return false;
				// Jitter keeps a batch's retries from hitting a struggling server together.
				await sleep(backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
			}
		}
	};

	for (let start = 0; start < missing.length; start += batch) {
		const slice = missing.slice(start, start + batch);
		const stored = await Promise.all(slice.map(store));
		slice.forEach((url, i) => (stored[i] ? done++ : failed.push(url)));
		onProgress?.(done, urls.length);
		deadInARow = stored.some(Boolean) ? 0 : deadInARow + 1;
		if (deadInARow >= deadBatches) {
			failed.push(...missing.slice(start + batch));
			break;
		}
	}
	return { done, total: urls.length, missing: failed } satisfies FillResult;
}

/** What goes first: the offline page and the shell every page needs, then pages, then data. */
export function byPriority(urls: string[], offlinePage: string): string[] {
	const rank = (url: string) => {
		if (url === offlinePage) return 0;
		if (url.includes('/_app/')) return 1;
		if (url.endsWith('/')) return url === '/' ? 2 : 3;
		if (url.endsWith('.json')) return 5;
		return 4;
	};
	return urls
		.map((url, i) => ({ url, i }))
		.sort((a, b) => rank(a.url) - rank(b.url) || a.i - b.i)
		.map((e) => e.url);
}
