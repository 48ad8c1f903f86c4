// `npm start`: serves the built site the way deploy/nginx.conf does (same headers, trailing-
// slash redirects, 404 page, gzip, ETag revalidation), with nothing but Node.
// Usage: node deploy/serve.js [folder=build] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from './headers.js';

export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * What a static host answers for a path: a file, a redirect to the folder (trailing slash),
 * or the 404 page.
 * @param {string} root @param {string} pathname
 * @returns {Promise<{ status: 200 | 404, file: string } | { status: 301, location: string }>}
 */
export async function resolvePath(root, pathname) {
	const path = normalize(decodeURIComponent(pathname));
	const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
	const found = await stat(file).catch(() => null);
	if (found?.isFile()) return { status: 200, file };
	if (found?.isDirectory()) return { status: 301, location: `${path}/` };
	return { status: 404, file: join(root, '404.html') };
}

/**
 * Compressed bodies, kept per file version: an offline install asks for ~400 files at once,
 * and compressing each again on every request would take the CPU the visitor's page needs
 * when server and browser share a machine (the tests, a trainer's laptop).
 * @type {Map<string, { etag: string, body: Buffer }>}
 */
const compressed = new Map();

/** @param {string} file @param {string} etag @param {Buffer} body */
function gzipped(file, etag, body) {
	const kept = compressed.get(file);
	if (kept?.etag === etag) return kept.body;
	const fresh = gzipSync(body);
	compressed.set(file, { etag, body: fresh });
	return fresh;
}

/** @param {string} root */
export function handler(root) {
	/** @type {import('node:http').RequestListener} */
	return (request, response) => {
		answer(root, request, response).catch(() => {
			response.writeHead(400, { 'content-type': TYPES['.txt'] });
			response.end('Bad request');
		});
	};
}

/**
 * @param {string} root
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function answer(root, request, response) {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const headers = securityHeaders(url.pathname);
	const found = await resolvePath(root, url.pathname);
	if (found.status === 301) {
		response.writeHead(301, { ...headers, location: found.location + url.search });
		return response.end();
	}
	const info = await stat(found.file).catch(() => null);
	if (!info) {
		response.writeHead(404, { ...headers, 'content-type': TYPES['.txt'] });
		return response.end('Not found');
	}
	const etag = `"${info.mtimeMs.toString(16)}-${info.size.toString(16)}"`;
	const type = extname(found.file);
	const common = {
		...headers,
		'cache-control': found.status === 404 ? 'no-cache' : headers['cache-control'],
		'content-type': TYPES[/** @type {keyof typeof TYPES} */ (type)] ?? 'application/octet-stream',
		etag,
		vary: 'Accept-Encoding'
	};
	if (found.status === 200 && request.headers['if-none-match'] === etag) {
		response.writeHead(304, common);
		return response.end();
	}
	/** @type {Buffer} */
	let body = await readFile(found.file);
	/** @type {Record<string, string>} */
	const encoding = {};
	if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
		body = gzipped(found.file, etag, body);
		encoding['content-encoding'] = 'gzip';
	}
	response.writeHead(found.status, { ...common, ...encoding });
	response.end(request.method === 'HEAD' ? undefined : body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? 'build');
	const port = Number(process.argv[3] ?? 4173);
	createServer(handler(root)).listen(port, '127.0.0.1', () => {
		console.log(`Repères: http://127.0.0.1:${port}/ (serving ${root}; Ctrl+C to stop)`);
	});
}
