// House rules for labour-law sheets (content-style.md, "Sheets"), on every real sheet.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { splitFrontmatter } from '$lib/content/markdown.js';
import { ANSWER_LIMITS, answerSentences } from '$lib/content/sheets.server';

const raw = import.meta.glob('/content/fiches/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const module09 = import.meta.glob('/content/modules/09-*/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
/** How the sheets were researched is not what a learner needs (brief: « no "nous n'avons pas pu lire" »). */
const RESEARCH_NOTES = /nous n['’]avons|pas trouvé|à notre lecture|non vérifié|pas (été )?vérifié|pas (été )?relu|selon nos sources|reste à vérifier|à confirmer/i;
const NEW_SHEETS = [
	'voiture-et-transport-des-adherents',
	'adherent-blesse-en-sortie',
	'reprise-apres-un-arret',
	'horaires-ou-missions-changes',
	'avertissement-et-sanction',
	'conges-familiaux-et-naissance',
	'rqth-et-pair-aidance',
	'mutuelle-et-prevoyance',
	'repas-avec-les-adherents'
];
const HEADINGS = [/^## Le détail$/m, /^## (Les exceptions|Les cas particuliers)$/m, /^## Ce que peut changer votre convention collective$/m, /^## Où vérifier$/m];

describe('labour-law sheets', () => {
	it('has at least 25 sheets', () => {
		expect(course.sheets.length).toBeGreaterThanOrEqual(25);
	});

	it.each(course.sheets.map((s) => [s.slug, s] as const))('%s answers first, then the four sections in order', (_, sheet) => {
		expect(sheet.titre, 'the title is the question').toContain('?');
		const sentences = answerSentences(sheet.reponse);
		expect(sentences.length, 'at most three short sentences').toBeLessThanOrEqual(ANSWER_LIMITS.sentences);
		for (const sentence of sentences) {
			expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(ANSWER_LIMITS.wordsPerSentence + 2);
		}
		expect(sheet.motsCles?.length ?? 0, 'everyday phrasings for the search').toBeGreaterThanOrEqual(3);
		for (const article of sheet.articles) {
			const read = course.readArticles[article];
			expect(read, `${article} is in content/fiches/articles-lus.yaml`).toBeDefined();
			expect(read.debut.length).toBeGreaterThanOrEqual(20);
		}
		const body = splitFrontmatter(raw[`/${sheet.file}`]).body;
		const positions = HEADINGS.map((heading) => body.search(heading));
		expect(positions.every((p) => p >= 0), `sections of ${sheet.file}`).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(body).toMatch(/0 800 026 080/);
		const words = body.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
		expect(words).toBeGreaterThanOrEqual(150);
		expect(words).toBeLessThanOrEqual(500);
	});

	it('has the nine sheets GEM staff asked for', () => {
		const slugs = course.sheets.map((sheet) => sheet.slug);
		expect(slugs).toEqual(expect.arrayContaining(NEW_SHEETS));
	});

	it('says when the sheets were last checked, and every change note is dated on or before it', () => {
		const revision = course.sheetRevision!;
		expect(revision.verifieesLe).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const changed = course.sheets.filter((sheet) => sheet.misAJour);
		expect(changed.length).toBeGreaterThanOrEqual(NEW_SHEETS.length);
		for (const sheet of changed) expect(sheet.misAJour!.date <= revision.verifieesLe, sheet.slug).toBe(true);
	});

	it.each([...Object.entries(raw), ...Object.entries(module09)])('%s teaches the law, not how it was researched', (_, text) => {
		expect(text).not.toMatch(RESEARCH_NOTES);
	});
});
