// A tiny static server for the install and update tests: its folder can be swapped while
// pages stay open (build A, then build B under the same origin), it can send the caching
// headers of common hosts, fail some requests, or go away and come back.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { TYPES } from '../../deploy/serve.js';

/**
 * - `no-cache`: what deploy/nginx.conf sends for everything but hashed files;
 * - `github`: GitHub Pages, `Cache-Control: max-age=600` on everything;
 * - `nginx`: nginx or Apache defaults, no Cache-Control, a Last-Modified ten days old (so
 *   browsers cache heuristically, for a day) and an ETag.
 */
export type CachingHeaders = 'no-cache' | 'github' | 'nginx';

export interface SwappableServer {
	url: string;
	serve(folder: string): void;
	/** From now on, fail about this share of the fetches scripts make (0 to 1). */
	failFetches(rate: number): void;
	/** After this many more fetches, every request gets its connection reset. */
	goAwayAfter(fetches: number): void;
	comeBack(): void;
	/** Requests failed on purpose so far. */
	failures(): number;
	close(): Promise<void>;
}

const TEN_DAYS = 10 * 24 * 3600 * 1000;

export async function startStaticServer(
	folder: string,
	port: number,
	caching: CachingHeaders = 'no-cache'
): Promise<SwappableServer> {
	let root = folder;
	let failRate = 0;
	let fetchesLeft = Infinity;
	let failed = 0;
	const sockets = new Set<Socket>();

	const server: Server = createServer(async (request, response) => {
		// Script fetches (the service worker's downloads, __data.json) are what may fail; the
		// page, its scripts and styles load, so the test starts from a working page.
		const isFetch = request.headers['sec-fetch-dest'] === 'empty';
		if (isFetch && fetchesLeft !== Infinity) fetchesLeft--;
		if (fetchesLeft < 0 || (isFetch && Math.random() < failRate)) {
			failed++;
			// Half answer 500, half lose the connection, as on a weak mobile network.
			if (fetchesLeft >= 0 && failed % 2 === 0) {
				response.writeHead(500, { 'content-type': 'text/plain' });
				response.end('flaky');
			} else request.socket.destroy();
			return;
		}
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const [body, info] = await Promise.all([readFile(file), stat(file)]);
			const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
			const headers: Record<string, string> = {
				'content-type': TYPES[extname(file) as keyof typeof TYPES] ?? 'application/octet-stream',
				etag,
				'last-modified': new Date(info.mtimeMs - TEN_DAYS).toUTCString()
			};
			if (caching === 'no-cache') headers['cache-control'] = 'no-cache';
			if (caching === 'github') headers['cache-control'] = 'max-age=600';
			if (request.headers['if-none-match'] === etag) {
				response.writeHead(304, headers);
				return response.end();
			}
			response.writeHead(200, headers);
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('not found');
		}
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://localhost:${port}`,
		serve: (next) => (root = next),
		failFetches: (rate) => (failRate = rate),
		goAwayAfter: (fetches) => (fetchesLeft = fetches),
		comeBack: () => (fetchesLeft = Infinity),
		failures: () => failed,
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}
