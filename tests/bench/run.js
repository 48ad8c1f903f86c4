// `npm run bench`: builds, then prints every figure beside its budget (OVER / ok).
// Bytes per route and precache size; Lighthouse (mobile) for home, a lesson with a scenario and a sheet.
// Time budgets live here, never in tests.
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	BUDGETS,
	PRECACHE_BEFORE,
	authoredRatio,
	authoredTextBytes,
	precacheByKind,
	gzipSize,
	kb,
	measurePage,
	precacheBytes,
	prerenderedPages
} from '../tools/budgets.js';
import { jsBytesOf, measureScenario, percentile } from './interaction.js';
import { measureSearch } from './search.js';
import { measureProgress, reportProgress } from './progress.js';
import { measureTrainerNext } from './trainer.js';
import { reportVoteCards } from './vote.js';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';

const BUILD = 'build';
const PORT = 4176;
const SCENARIO_BUDGETS = {
	/** Event Timing duration, input to next paint, of a choice or "Continuer" (p95). */
	interactionP95Ms: 50,
	/** All scenarios and checks compiled, mean of repeated runs. */
	compileMs: 1000,
	/** JS a scenario page loads beyond a plain lesson (player + XState). */
	scenarioExtraJsBytes: 40 * 1024
};
const SEARCH_BUDGETS = {
	indexBytes: 150 * 1024,
	loadMs: 1000,
	queryP95Ms: 5
};
/** Runs per page; the median is held to the minimums. */
const LIGHTHOUSE_RUNS = 5;
const LIGHTHOUSE_MINIMUMS = {
	// The delivery issue's target for the home page, a lesson with a scenario and a sheet. A
	// page below it prints OVER: the minimum is not lowered to make the bench pass.
	performance: 0.98,
	accessibility: 1,
	'best-practices': 0.9,
	seo: 0.9
};

let over = 0;
/** @param {string} label @param {number} value @param {number} budget */
const line = (label, value, budget) => {
	const ok = value <= budget;
	if (!ok) over++;
	console.log(
		`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(62)} ${kb(value).padStart(10)}  (budget ${kb(budget)})`
	);
};

console.log('Building…');
execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });

console.log('\n# Bytes per route (gzip)');
console.log('route'.padEnd(68), 'html    css     js');
for (const page of prerenderedPages(BUILD)) {
	const { htmlBytes, cssBytes, jsBytes } = measurePage(BUILD, page);
	console.log(page.padEnd(68), kb(htmlBytes).padEnd(8), kb(cssBytes).padEnd(8), kb(jsBytes));
}

console.log('\n# Budgets');
const home = measurePage(BUILD, '/');
line('home: HTML + blocking CSS', home.htmlBytes + home.cssBytes, BUDGETS.homeCriticalBytes);
const lessons = prerenderedPages(BUILD).filter((path) => path.split('/').length === 5);
const heaviest = lessons
	.map((path) => ({ path, ...measurePage(BUILD, path) }))
	.sort((a, b) => b.jsBytes - a.jsBytes)[0];
line(
	`heaviest lesson JS before interactive (${heaviest.path})`,
	heaviest.jsBytes,
	BUDGETS.lessonJsBytes
);
line(
	'precache (everything the service worker stores)',
	precacheBytes(BUILD),
	BUDGETS.precacheBytes
);

console.log('\n# Where the precache bytes go (gzip; before = issue 14, commit 8a2351b)');
console.log('kind'.padEnd(24), 'before'.padStart(10), 'now'.padStart(10));
const kinds = precacheByKind(BUILD);
for (const [kind, before] of Object.entries(PRECACHE_BEFORE)) {
	console.log(kind.padEnd(24), kb(before).padStart(10), kb(kinds[kind]).padStart(10));
}
const totalBefore = Object.values(PRECACHE_BEFORE).reduce((a, b) => a + b, 0);
console.log(
	'total'.padEnd(24),
	kb(totalBefore).padStart(10),
	kb(precacheBytes(BUILD)).padStart(10)
);
const ratio = authoredRatio(BUILD);
console.log(
	`authored text (content/**/*.md, *.yaml, each gzipped alone): ${kb(authoredTextBytes())}; before: ratio ${(totalBefore / 415089).toFixed(2)}`
);
{
	const ok = ratio <= BUDGETS.authoredRatioTarget;
	if (!ok) over++;
	console.log(
		`${ok ? 'ok  ' : 'OVER'}  ${'precache / authored text'.padEnd(62)} ${ratio.toFixed(2).padStart(10)}  (budget ${BUDGETS.authoredRatioTarget.toFixed(1)})`
	);
}

console.log('\n# Scenario compile time and voting cards (vitest bench)');
execFileSync('npx', ['vitest', 'bench', '--run', '--outputJson', 'tests/.cache/bench.json'], {
	stdio: 'ignore'
});
const benchReport = JSON.parse(readFileSync('tests/.cache/bench.json', 'utf8'));
for (const file of benchReport.files) {
	for (const group of file.groups) {
		for (const result of group.benchmarks) {
			if (file.filepath.endsWith('vote.bench.ts')) {
				over += reportVoteCards(result);
				continue;
			}
			console.log(
				`      ${result.name}: mean ${result.mean.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms over ${result.sampleCount} runs`
			);
			const ok = result.mean <= SCENARIO_BUDGETS.compileMs;
			if (!ok) over++;
			console.log(
				`${ok ? 'ok  ' : 'OVER'}  ${'compile time, mean'.padEnd(62)} ${`${result.mean.toFixed(1)} ms`.padStart(10)}  (budget ${SCENARIO_BUDGETS.compileMs} ms)`
			);
		}
	}
}

/**
 * Lighthouse (mobile, simulated throttling) on one page of the running server. Chromium's
 * "paint holding" is switched off: in headless Chromium here it held the first frame of a
 * page for 1 or 2 whole seconds at random (a page without a script still showed it; a page
 * without stylesheets never did), and Lighthouse's simulation then counts everything the page
 * did meanwhile as needed for the first paint. A real browser only holds paint on same-origin
 * navigations, to keep the previous page on screen.
 * @param {string} path
 */
function lighthouse(path) {
	const output = execFileSync(
		'npx',
		[
			'lighthouse',
			`http://localhost:${PORT}${path}`,
			'--quiet',
			'--output=json',
			'--output-path=stdout',
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new --disable-features=PaintHolding ${CHROME_ARGS.join(' ')}`
		],
		{ env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 }
	);
	return JSON.parse(output.toString());
}

console.log('\n# Lighthouse (mobile)');
// Served as `npm start` and deploy/nginx.conf serve it: gzip, caching and CSP headers.
const server = spawn('node', ['deploy/serve.js', BUILD, String(PORT)], {
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(`http://localhost:${PORT}/`)).ok) break;
		} catch {
			await sleep(200);
		}
	}
	// The issue's three pages: home, a lesson with a scenario, a labour-law sheet.
	const lessonWithScenario = lessons.find((path) =>
		readFileSync(join(BUILD, path, 'index.html'), 'utf8').includes('class="activity scenario"')
	);
	const sheet = prerenderedPages(BUILD).find((path) => /^\/fiches\/[^/]+\/$/.test(path));
	if (!lessonWithScenario || !sheet)
		throw new Error('No lesson with a scenario, or no sheet, in the build');
	for (const path of ['/', lessonWithScenario, sheet]) {
		/** @type {any[]} */
		const runs = [];
		for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(lighthouse(path));
		// One run says little on a shared machine (the same page moved by 20 points between two
		// runs): the median of several, as Lighthouse's own docs advise.
		const median = (/** @type {string} */ id) =>
			percentile(
				runs.map((report) => report.categories[id].score),
				50
			);
		const metrics = runs.map((report) => {
			const m = report.audits.metrics.details.items[0];
			return `${Math.round(report.categories.performance.score * 100)} (FCP ${m.firstContentfulPaint}, LCP ${m.largestContentfulPaint}, TBT ${m.totalBlockingTime}, CLS ${m.cumulativeLayoutShift.toFixed(3)})`;
		});
		console.log(`      ${path}: ${metrics.join('; ')}`);
		for (const [id, minimum] of Object.entries(LIGHTHOUSE_MINIMUMS)) {
			const score = median(id);
			const ok = score >= minimum;
			if (!ok) over++;
			console.log(
				`${ok ? 'ok  ' : 'OVER'}  ${`${path} ${id} (median of ${LIGHTHOUSE_RUNS})`.padEnd(62)} ${String(Math.round(score * 100)).padStart(10)}  (minimum ${minimum * 100})`
			);
		}
	}

	console.log('\n# Scenario player in Chromium (Event Timing, input to next paint)');
	const origin = `http://localhost:${PORT}`;
	const samples = await measureScenario(origin, 'une-journee-au-gem', 5);
	for (const kind of ['choice', 'continuer']) {
		const values = samples.filter((s) => s.kind === kind).map((s) => s.ms);
		console.log(
			`      ${kind}: ${values.length} interactions, median ${percentile(values, 50)} ms, p95 ${percentile(values, 95)} ms`
		);
	}
	const all = samples.map((s) => s.ms);
	const p95 = percentile(all, 95);
	const ok = p95 <= SCENARIO_BUDGETS.interactionP95Ms;
	if (!ok) over++;
	console.log(
		`${ok ? 'ok  ' : 'OVER'}  ${`all interactions (${all.length}), p95; median ${percentile(all, 50)} ms`.padEnd(62)} ${`${p95} ms`.padStart(10)}  (budget ${SCENARIO_BUDGETS.interactionP95Ms} ms)`
	);

	console.log('\n# Progress with 5,000 stored runs in Chromium (6× CPU throttling)');
	const emptyProgress = await measureProgress(origin, 0);
	over += reportProgress(await measureProgress(origin), emptyProgress);
	console.log('\n# Trainer mode: "next" in the presenter with the notes view open');
	const presses = await measureTrainerNext(origin);
	const trainerP95 = percentile(presses, 95);
	const trainerOk = trainerP95 <= SCENARIO_BUDGETS.interactionP95Ms;
	if (!trainerOk) over++;
	console.log(
		`${trainerOk ? 'ok  ' : 'OVER'}  ${`next (${presses.length} presses), p95; median ${percentile(presses, 50)} ms`.padEnd(62)} ${`${trainerP95} ms`.padStart(10)}  (budget ${SCENARIO_BUDGETS.interactionP95Ms} ms)`
	);

	console.log('\n# Search in Chromium (200 questions of tests/bench/queries.txt)');
	const found = await measureSearch(origin, BUILD);
	line('search index (gzip)', found.indexGzip, SEARCH_BUDGETS.indexBytes);
	const timeLine = (
		/** @type {string} */ label,
		/** @type {number} */ ms,
		/** @type {number} */ budget
	) => {
		const ok = ms <= budget;
		if (!ok) over++;
		console.log(
			`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(62)} ${`${ms} ms`.padStart(10)}  (budget ${budget} ms)`
		);
	};
	timeLine('index load, page ready to first results', found.loadMs, SEARCH_BUDGETS.loadMs);
	timeLine(
		`query, ${found.queries} questions, p95 (median ${found.median} ms)`,
		found.p95,
		SEARCH_BUDGETS.queryP95Ms
	);

	// A plain lesson: one that embeds neither a scenario nor a knowledge check.
	const plainLesson = lessons.find((path) => {
		const html = readFileSync(`${BUILD}${path}index.html`, 'utf8');
		return !html.includes('class="activity');
	});
	const plain = await jsBytesOf(origin, /** @type {string} */ (plainLesson), BUILD, false);
	const withScenario = await jsBytesOf(origin, '/scenarios/une-journee-au-gem/', BUILD, true);
	const extra = [...withScenario.files].filter((file) => !plain.files.has(file));
	let extraBytes = 0;
	for (const file of extra) extraBytes += gzipSize(readFileSync(`${BUILD}${file}`));
	line(
		`JS a scenario page adds to a plain lesson (${extra.length} files)`,
		extraBytes,
		SCENARIO_BUDGETS.scenarioExtraJsBytes
	);
} finally {
	if (server.pid) process.kill(-server.pid);
}

console.log(over ? `\n${over} figure(s) OVER budget` : '\nEvery figure is within its budget.');
process.exitCode = over ? 1 : 0;
