// Every real file in content/ goes through the same validator as the build, plus the house
// rules of shared/design/content-style.md that a machine can check.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { splitFrontmatter, CALLOUT_KINDS } from '$lib/content/markdown.js';

const raw = import.meta.glob('/content/modules/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const lessons = course.modules.flatMap((module) => module.lessons);
const bodyOf = (file: string) => splitFrontmatter(raw[`/${file}`]).body;
const words = (text: string) =>
	text
		.replace(/^:::.*$/gm, '')
		.split(/\s+/)
		.filter((word) => /[\p{L}\d]/u.test(word)).length;

describe('the course in content/', () => {
	it('has the 11 modules of the CNSA guide’s table of contents, in order and in their parties', () => {
		expect(course.modules.map((m) => [m.order, m.partie])).toEqual([
			[1, 1], [2, 1], [3, 1], [4, 2], [5, 2], [6, 2], [7, 2], [8, 3], [9, 3], [10, 3], [11, 3]
		]);
		expect(course.modules[0].titre).toBe('Introduction aux GEM');
	});

	it('gives module 01 at least three real lessons', () => {
		expect(course.modules[0].lessons.length).toBeGreaterThanOrEqual(3);
	});

	it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s follows the house rules', (_, lesson) => {
		const body = bodyOf(lesson.file);
		const count = words(body);
		expect(count, `${lesson.file}: ${count} words`).toBeGreaterThanOrEqual(500);
		expect(count, `${lesson.file}: ${count} words`).toBeLessThanOrEqual(1200);
		expect(lesson.toc.length, 'sections with ## headings').toBeGreaterThanOrEqual(2);
		// Ends with "À retenir"; at most one "Attention", kept for safety or law.
		const callouts = [...body.matchAll(/^:::(\w+)/gm)].map((m) => m[1]);
		expect(callouts.at(-1)).toBe('retenir' satisfies keyof typeof CALLOUT_KINDS);
		expect(callouts.filter((kind) => kind === 'attention').length).toBeLessThanOrEqual(1);
		// "adhérent" or "membre", never "usager" (one explanation of the word is allowed).
		const usager = body.match(/\busagers?\b/gi) ?? [];
		expect(usager.length, 'uses of "usager"').toBeLessThanOrEqual(1);
		expect(body).not.toMatch(/\b(patients?|malades?)\b/i);
		expect(body, 'point médian reads badly in screen readers').not.toMatch(/\p{L}·\p{L}/u);
	});

	it('cites sources that name their original publisher and were read on a real date', () => {
		for (const lesson of lessons) {
			for (const id of lesson.sources) {
				const source = course.sources[id];
				expect(source.editeur.length).toBeGreaterThan(1);
				expect(Date.parse(source.consulte)).not.toBeNaN();
			}
		}
	});

	it('links sources only to publishers’ own sites, never to copy hosts', () => {
		const copyHosts = /vdocument|pdfslide|lawinsider|studylib|slideplayer|wiki\.x\.io|wikizero|tricoteuses|doctrine\.fr|lexbase/;
		const linked = Object.values(course.sources).filter((source) => source.url);
		expect(linked.length).toBeGreaterThan(0);
		for (const source of linked) expect(source.url, source.id).not.toMatch(copyHosts);
	});
});
