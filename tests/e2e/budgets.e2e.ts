// Reads build/ as the web server command left it (this suite always builds what it tests).
import { test, expect } from './fixtures';
import {
	BUDGETS,
	authoredRatio,
	kb,
	measurePage,
	precacheBytes,
	prerenderedPages
} from '../tools/budgets.js';

const BUILD = 'build';

test('home page HTML and the CSS it blocks on fit in 14 KB gzip', () => {
	const home = measurePage(BUILD, '/');
	const critical = home.htmlBytes + home.cssBytes;
	expect(critical, `home: ${kb(critical)}`).toBeLessThanOrEqual(BUDGETS.homeCriticalBytes);
});

test('every lesson requests at most 60 KB gzip of JS before it is interactive', () => {
	const lessons = prerenderedPages(BUILD).filter((path) => path.split('/').length === 5);
	expect(lessons.length).toBeGreaterThan(0);
	for (const lesson of lessons) {
		const { jsBytes } = measurePage(BUILD, lesson);
		expect(jsBytes, `${lesson}: ${kb(jsBytes)}`).toBeLessThanOrEqual(BUDGETS.lessonJsBytes);
	}
});

test('the whole precache fits in 2 MB gzip', () => {
	const bytes = precacheBytes(BUILD);
	expect(bytes, `precache: ${kb(bytes)}`).toBeLessThanOrEqual(BUDGETS.precacheBytes);
});

test('the precache stays within its ratio to the authored text (gzip, each file alone)', () => {
	// Each new lesson must cost the device about its own size, not several times it (issue 14:
	// target 3.0; the ceiling is what the engine reaches today, and only goes down).
	const ratio = authoredRatio(BUILD);
	expect(ratio, `precache / authored text: ${ratio.toFixed(2)}`).toBeLessThanOrEqual(
		BUDGETS.authoredRatioCeiling
	);
});
