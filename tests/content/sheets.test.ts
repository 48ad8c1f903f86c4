// House rules for labour-law sheets (content-style.md, "Sheets"), on every real sheet.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { splitFrontmatter } from '$lib/content/markdown.js';

const raw = import.meta.glob('/content/fiches/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const HEADINGS = [/^## Le détail$/m, /^## (Les exceptions|Les cas particuliers)$/m, /^## Ce que peut changer votre convention collective$/m, /^## Où vérifier$/m];

describe('labour-law sheets', () => {
	it('has at least 25 sheets', () => {
		expect(course.sheets.length).toBeGreaterThanOrEqual(25);
	});

	it.each(course.sheets.map((s) => [s.slug, s] as const))('%s answers first, then the four sections in order', (_, sheet) => {
		expect(sheet.titre, 'the title is the question').toContain('?');
		const answerWords = sheet.reponse.split(/\s+/).length;
		expect(answerWords, 'the answer fits in one or two sentences').toBeLessThanOrEqual(70);
		const body = splitFrontmatter(raw[`/${sheet.file}`]).body;
		const positions = HEADINGS.map((heading) => body.search(heading));
		expect(positions.every((p) => p >= 0), `sections of ${sheet.file}`).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(body).toMatch(/0 800 026 080/);
		const words = body.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
		expect(words).toBeGreaterThanOrEqual(150);
		expect(words).toBeLessThanOrEqual(500);
	});
});
