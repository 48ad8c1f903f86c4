// A tiny static server whose folder can be swapped while pages stay open: the update test
// serves build A, then build B under the same origin.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
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

export interface SwappableServer {
	url: string;
	serve(folder: string): void;
	close(): Promise<void>;
}

export async function startStaticServer(folder: string, port: number): Promise<SwappableServer> {
	let root = folder;
	const server: Server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://localhost:${port}`,
		serve: (next) => (root = next),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
