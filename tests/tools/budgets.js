// Byte budgets, computed from a finished build. Bytes are deterministic, so the e2e suite
// enforces them (tests/e2e/budgets.e2e.ts) and `npm run bench` prints them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isOnlineOnly } from '../../src/lib/pwa/online-only.js';

export const BUDGETS = {
	/** Home HTML plus the CSS it blocks on: what the first round trips must carry. */
	homeCriticalBytes: 14 * 1024,
	/**
	 * JS a lesson loads before it is interactive: its entry points, route nodes and all their
	 * static imports. Until issue 14's item 5 a lesson's load also awaited its text, compiled
	 * to a chunk, and the quiz code with it, which this count did not see: 64.6–72.4 KB in
	 * truth. The text is now HTML in the page and every byte loaded is counted: 63.5 KB.
	 */
	lessonJsBytes: 64 * 1024,
	/** Everything the service worker precaches. */
	precacheBytes: 2 * 1024 * 1024,
	/**
	 * Precache gzip bytes per gzip byte of unique authored text, easy-to-read texts included
	 * (issue 14): 4.5 at first, 3.67 with the easy texts in their own files and no per-page
	 * modulepreload links, 2.95 once lessons and sheets are HTML rendered at build, carried
	 * once by their page (src/lib/content/markdown-body.ts).
	 */
	authoredRatioTarget: 3.0
};

/**
 * What the precache was made of before issue 14 (commit 8a2351b), gzip bytes by kind.
 * @type {Record<string, number>}
 */
export const PRECACHE_BEFORE = {
	'HTML pages': 795381,
	'JS chunks': 467273,
	'__data.json': 292130,
	'scenario JSON': 136510,
	'search index': 87537,
	CSS: 6879,
	'easy-to-read texts': 0,
	'fonts, icons, other': 90174
};

/** @param {Buffer | string} bytes */
export const gzipSize = (bytes) => gzipSync(bytes).length;

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/**
 * Reads a file a page links to; Kit writes relative links (`../../_app/…`).
 * @param {string} build @param {string} href @param {string} [pagePath]
 */
const read = (build, href, pagePath = '/') =>
	readFileSync(join(build, new URL(href, `http://x${pagePath}`).pathname.slice(1)));

/**
 * Hrefs of the `<link>` tags with a given rel, whatever the attribute order.
 * @param {string} html @param {string} rel
 */
const linked = (html, rel) =>
	[...html.matchAll(/<link\b[^>]*>/g)]
		.map((match) => match[0])
		.filter((tag) => new RegExp(`\\brel="${rel}"`).test(tag))
		.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
		.filter((href) => href !== undefined);

/** Static imports of a built module (`import{…}from"./x.js"`, `import"./x.js"`), not `import()`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * Every module a page's JS pulls in before hydration: the entry points its inline script
 * imports, the route nodes it names (`node_ids`, files `_app/immutable/nodes/<id>.*.js`), and
 * all their static imports — what Kit's modulepreload links used to list.
 * @param {string} build @param {string[]} roots site paths
 */
function staticClosure(build, roots) {
	const seen = new Set(roots);
	const queue = [...roots];
	while (queue.length) {
		const path = /** @type {string} */ (queue.pop());
		const code = readFileSync(join(build, path.slice(1))).toString();
		for (const match of code.matchAll(STATIC_IMPORT)) {
			const next = new URL(match[1], `http://x${path}`).pathname;
			if (seen.has(next)) continue;
			seen.add(next);
			queue.push(next);
		}
	}
	return [...seen];
}

/**
 * Stylesheets a page blocks on, and the JS it loads before hydration.
 * @param {string} build @param {string} pagePath
 */
export function pageAssets(build, pagePath) {
	const html = read(build, `${pagePath}index.html`).toString();
	const entries = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(
		(m) => new URL(m[1], `http://x${pagePath}`).pathname
	);
	const nodeDir = join(build, '_app/immutable/nodes');
	const nodeIds = (/node_ids:\s*\[([\d,\s]+)\]/.exec(html)?.[1] ?? '')
		.split(',')
		.map((id) => id.trim());
	const nodes = readdirSync(nodeDir)
		.filter((file) => nodeIds.some((id) => id !== '' && file.startsWith(`${id}.`)))
		.map((file) => `/_app/immutable/nodes/${file}`);
	return {
		html,
		css: linked(html, 'stylesheet'),
		js: staticClosure(build, [...entries, ...nodes])
	};
}

/** @param {string} build @param {string} pagePath */
export function measurePage(build, pagePath) {
	const assets = pageAssets(build, pagePath);
	const htmlBytes = gzipSize(assets.html);
	const size = (/** @type {string} */ href) => gzipSize(read(build, href, pagePath));
	const cssBytes = assets.css.reduce((sum, href) => sum + size(href), 0);
	const jsBytes = assets.js.reduce((sum, href) => sum + size(href), 0);
	return { htmlBytes, cssBytes, jsBytes, jsFiles: assets.js.length };
}

/**
 * The files the service worker precaches: every file of the build but itself, the 404 page,
 * the version file, the pages' __data.json (src/service-worker.ts says why), the files only
 * fetched online and the room vote's chunks.
 * @param {string} build
 */
export const precacheFiles = (build) => {
	const vote = voteChunks(build);
	return filesUnder(build).filter(
		(file) =>
			!file.endsWith('__data.json') &&
			!isOnlineOnly(file.slice(build.length)) &&
			!vote.has(file.slice(build.length)) &&
			!/^(service-worker\.js|404\.html|_app\/version\.json)$/.test(file.slice(build.length + 1))
	);
};

/**
 * The room vote's chunks, which the service worker leaves out (listed by vite.config.ts).
 * @param {string} build
 */
function voteChunks(build) {
	const list = join(build, '_app/vote-chunks.json');
	if (!existsSync(list)) return new Set();
	return new Set(JSON.parse(readFileSync(list, 'utf8')));
}

/** @param {string} build */
export function precacheBytes(build) {
	return precacheFiles(build).reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}

/**
 * The easy-to-read texts ("Facile à lire"), one small file beside each lesson, precached.
 * @param {string} build
 */
export const easyReadFiles = (build) =>
	filesUnder(build).filter((file) => file.endsWith('/facile.json'));

/** @param {string} file */
function kindOf(file) {
	if (file.endsWith('.html')) return 'HTML pages';
	if (file.endsWith('__data.json')) return '__data.json';
	if (file.endsWith('scenario.json')) return 'scenario JSON';
	if (file.endsWith('recherche/index.json')) return 'search index';
	if (file.endsWith('/facile.json')) return 'easy-to-read texts';
	if (file.endsWith('.js')) return 'JS chunks';
	if (file.endsWith('.css')) return 'CSS';
	return 'fonts, icons, other';
}

/**
 * Gzip bytes of the precache by kind of file.
 * @param {string} build @returns {Record<string, number>}
 */
export function precacheByKind(build) {
	/** @type {Record<string, number>} */
	const kinds = Object.fromEntries(Object.keys(PRECACHE_BEFORE).map((kind) => [kind, 0]));
	for (const file of precacheFiles(build)) kinds[kindOf(file)] += gzipSize(readFileSync(file));
	return kinds;
}

/**
 * The unique authored text: every content/**\/*.md and *.yaml, each file gzipped alone.
 * @param {string} [content]
 */
export const authoredTextBytes = (content = 'content') =>
	filesUnder(content)
		.filter((file) => /\.(md|yaml)$/.test(file))
		.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);

/**
 * What a device carries offline per byte of authored text.
 * @param {string} build
 */
export const authoredRatio = (build) => precacheBytes(build) / authoredTextBytes();

/** Prerendered page paths of a build, e.g. "/", "/modules/x/". */
/** @param {string} build @returns {string[]} */
export function prerenderedPages(build) {
	return filesUnder(build)
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${file.slice(build.length + 1, -'index.html'.length)}`)
		.sort();
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
