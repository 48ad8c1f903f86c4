/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline-first with reader-driven updates (stack-notes, "Project decisions"):
// - install precaches every page and asset of this version into its own cache, in small
//   batches with retries ($lib/pwa/precache); a file that still fails does not stop the
//   install, and is fetched on a later visit (the page asks with OFFLINE_STATUS); then WAITS;
// - the page asks, on the reader's click, for SKIP_WAITING;
// - caches of older versions stay while an open page still runs them (their lazy chunks
//   must keep loading), and are deleted once no page does.
import { build, files, prerendered, version } from '$service-worker';
import {
	CLIENT_VERSION,
	OFFLINE_PROGRESS,
	OFFLINE_STATUS,
	SKIP_WAITING,
	type OfflineProgress
} from '$lib/pwa/messages';
import { byPriority, fill } from '$lib/pwa/precache';
import { isCachedOnUse, isOnlineOnly } from '$lib/pwa/online-only.js';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** The room vote's chunks, kept out of the offline copy (vite.config.ts, online-only.js). */
declare const __REPERES_VOTE_CHUNKS__: string[];
const VOTE_CHUNKS = new Set(__REPERES_VOTE_CHUNKS__);

const PREFIX = 'reperes-';
const CACHE = `${PREFIX}${version}`;
/** Which version each open page runs, kept in Cache Storage because workers are short-lived. */
const REGISTRY_CACHE = 'reperes-clients';
const REGISTRY_KEY = '/__reperes-clients__';
const OFFLINE_PAGE = '/hors-ligne/';

/**
 * A page's __data.json repeats what its HTML already carries (issue 14: 285 KB gzip of the
 * precache). It only serves client-side navigation, which falls back to loading the page
 * itself when the data cannot be fetched, so it is never precached (see respond()).
 */
const isPageData = (path: string) => path.endsWith('/__data.json');
const PRECACHE = byPriority(
	[
		...build.filter((path) => !isOnlineOnly(path) && !VOTE_CHUNKS.has(path)),
		...files.filter((path) => !isOnlineOnly(path)),
		...prerendered.filter((path) => !isPageData(path) && !isOnlineOnly(path))
	],
	OFFLINE_PAGE
);

async function broadcast(done: number, total: number, filling: boolean) {
	const cached = new Set(
		(await (await caches.open(CACHE)).keys()).map((request) => new URL(request.url).pathname)
	);
	const message: OfflineProgress = {
		type: OFFLINE_PROGRESS,
		version,
		done,
		total,
		missingPages: PRECACHE.filter((url) => url.endsWith('/') && !cached.has(url)),
		filling
	};
	const clients = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const client of clients) client.postMessage(message);
}

/**
 * One download at a time per worker. A visit during a download gets its progress, and makes
 * the worker try the missing files once more at the end (the server may be back by then).
 */
let filling: Promise<void> | null = null;
let askedAgain = false;
function precache(): Promise<void> {
	if (filling) {
		askedAgain = true;
		return filling;
	}
	filling = (async () => {
		const cache = await caches.open(CACHE);
		let result;
		do {
			askedAgain = false;
			let last = 0;
			result = await fill(cache, PRECACHE, {
				onProgress: (done, total) => {
					// Every few percent is enough for a progress line.
					if (done === total || done - last >= total / 50) {
						last = done;
						void broadcast(done, total, true);
					}
				}
			});
		} while (askedAgain && result.missing.length > 0);
		await broadcast(result.done, result.total, false);
	})().finally(() => (filling = null));
	return filling;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim().then(pruneOldVersions));
});

type Registry = Record<string, string>;

async function readRegistry(): Promise<Registry> {
	const response = await (await caches.open(REGISTRY_CACHE)).match(REGISTRY_KEY);
	return response ? ((await response.json()) as Registry) : {};
}

async function writeRegistry(registry: Registry) {
	const cache = await caches.open(REGISTRY_CACHE);
	await cache.put(REGISTRY_KEY, new Response(JSON.stringify(registry)));
}

async function pruneOldVersions() {
	// A newer version installing or waiting is filling its own cache: it prunes once active.
	if (sw.registration.installing || sw.registration.waiting) return;
	const clients = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const registry = await readRegistry();
	const live: Registry = {};
	for (const client of clients) if (registry[client.id]) live[client.id] = registry[client.id];
	await writeRegistry(live);
	// A page that never said which version it runs may need any of them: keep everything.
	if (clients.some((client) => !live[client.id])) return;
	const inUse = new Set([version, ...Object.values(live)]);
	for (const name of await caches.keys()) {
		if (
			name.startsWith(PREFIX) &&
			name !== REGISTRY_CACHE &&
			!inUse.has(name.slice(PREFIX.length))
		) {
			await caches.delete(name);
		}
	}
}

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; version?: string } | null;
	if (data?.type === SKIP_WAITING) {
		void sw.skipWaiting();
	} else if (data?.type === OFFLINE_STATUS) {
		// Reports where this version's cache stands, and completes it if a file is missing.
		event.waitUntil(precache());
	} else if (
		data?.type === CLIENT_VERSION &&
		data.version &&
		event.source &&
		'id' in event.source
	) {
		const clientId = event.source.id;
		const clientVersion = data.version;
		event.waitUntil(
			readRegistry()
				.then((registry) => writeRegistry({ ...registry, [clientId]: clientVersion }))
				.then(pruneOldVersions)
		);
	}
});

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const current = await caches.open(CACHE);
	const cached = await current.match(url.pathname);
	if (cached) return cached;
	// With a newer version on its way, the server's page data may not fit this version's
	// code: a network error makes the router load the page itself, from this version's cache.
	// Offline, the fetch below fails the same way.
	if (isPageData(url.pathname) && (sw.registration.waiting || sw.registration.installing)) {
		return Response.error();
	}
	// An older page asking for one of its own hashed chunks: any version's cache may hold it.
	if (url.pathname.startsWith('/_app/immutable/')) {
		const older = await caches.match(url.pathname);
		if (older) return older;
	}
	try {
		const response = await fetch(request);
		// What a reader chose (a font) or a trainer used (the room vote), never precached, stays
		// for offline use from then on.
		if (response.ok && (isCachedOnUse(url.pathname) || VOTE_CHUNKS.has(url.pathname)))
			await current.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		// A page not on the device: send the reader to the offline page at its own address
		// (served there it would not hydrate), saying which page was asked for.
		if (request.mode === 'navigate' && (await current.match(OFFLINE_PAGE))) {
			return Response.redirect(`${OFFLINE_PAGE}?page=${encodeURIComponent(url.pathname)}`, 302);
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
