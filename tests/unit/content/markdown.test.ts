import { describe, expect, it } from 'vitest';
import {
	bodyProblems,
	expandCallouts,
	headingIds,
	injectImports,
	lessonPreprocess,
	slugify,
	tableOfContents
} from '$lib/content/markdown.js';

describe('slugs and heading ids', () => {
	it('folds accents, apostrophes and punctuation', () => {
		expect(slugify("L'écosystème du GEM : qui fait quoi ?")).toBe('l-ecosysteme-du-gem-qui-fait-quoi');
		expect(slugify('Être animateur')).toBe('etre-animateur');
	});

	it('numbers repeated headings', () => {
		expect(headingIds(['Exemple', 'Exemple', 'Autre'])).toEqual(['exemple', 'exemple-2', 'autre']);
	});

	it('builds the table of contents from ## headings outside code blocks', () => {
		const body = '## Le **parrain**\n\n```\n## pas un titre\n```\n\n### sous-titre\n\n## [Lien](x) final';
		expect(tableOfContents(body)).toEqual([
			{ id: 'le-parrain', titre: 'Le parrain' },
			{ id: 'lien-final', titre: 'Lien final' }
		]);
	});
});

describe('callouts and injected imports', () => {
	it('turns :::kind blocks into Callout components with an escaped title', () => {
		const out = expandCallouts(':::exemple Un "mardi"\n- point\n:::\n');
		expect(out).toBe('<Callout kind="exemple" title="Un &quot;mardi&quot;">\n\n- point\n\n</Callout>\n\n');
	});

	it('keeps the text after a callout apart, so a following heading stays a heading', () => {
		expect(expandCallouts(':::retenir\nx\n:::\n## Suite')).toBe(
			'<Callout kind="retenir">\n\nx\n\n</Callout>\n\n## Suite'
		);
	});

	it('imports only the components a body uses', () => {
		expect(injectImports('texte')).toBe(
			"<script>import GlossaryTerm from '$lib/components/GlossaryTerm.svelte';</script>\n\ntexte"
		);
		expect(injectImports('<Callout kind="retenir">x</Callout>')).toMatch(
			/^<script>import Callout from '\$lib\/components\/Callout.svelte'; import GlossaryTerm/
		);
	});

	it('flags callouts left open or closed twice', () => {
		expect(bodyProblems(':::retenir\n- x\n')).toEqual([expect.stringContaining('ligne 1 : encadré jamais fermé')]);
		expect(bodyProblems(':::\n')).toEqual([expect.stringContaining('ferme un encadré qui n\'a pas été ouvert')]);
	});

	it('flags <script>, a # title and a bare "<"', () => {
		expect(bodyProblems('<script>alert(1)</script>')).toEqual([expect.stringContaining('pas de <script>')]);
		expect(bodyProblems('# Titre')).toEqual([expect.stringContaining('pas de titre « # »')]);
		expect(bodyProblems('moins de < 5 ans')).toEqual([expect.stringContaining('plutôt que le signe « < »')]);
	});
});

describe('the Svelte preprocessor run by the build', () => {
	const preprocess = lessonPreprocess().markup!;

	it('fails with the file and line when a lesson body breaks a rule', () => {
		const content = '---\ntitre: X\n---\n\nTexte {oups}\n';
		expect(() =>
			preprocess({ content, filename: '/repo/content/modules/01-a/01-b.md' })
		).toThrow('Leçon invalide : content/modules/01-a/01-b.md\n- ligne 5 : les accolades');
	});

	it('strips the frontmatter and expands callouts in course files only', () => {
		const content = '---\ntitre: X\n---\n:::retenir\n- un\n:::\n';
		const result = preprocess({ content, filename: '/repo/content/modules/01-a/01-b.md' });
		expect(result).toEqual({ code: expect.stringContaining('<Callout kind="retenir">') });
		expect((result as { code: string }).code).not.toContain('titre: X');
		expect(preprocess({ content, filename: '/repo/src/routes/page.md' })).toBeUndefined();
	});
});
