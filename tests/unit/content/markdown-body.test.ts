// Lessons and sheets are rendered to HTML at build, cut where an activity goes, and carried
// once by their page (src/lib/content/markdown-body.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, handOver, takeOver } from '$lib/content/markdown-body';
import { markdownBody, renderStatic, staticPlan } from '$lib/content/markdown-body.server';
import SourceList from '$lib/components/SourceList.svelte';

const lessonFiles = readdirSync('content/modules', { recursive: true, encoding: 'utf8' })
	.filter((name) => /\/\d\d-[^/]+\.md$/.test(name) && !name.endsWith('.facile.md'))
	.map((name) => join('content/modules', name));
const sheetFiles = readdirSync('content/fiches')
	.filter((name) => name.endsWith('.md'))
	.map((name) => join('content/fiches', name));

describe('markdownBody', () => {
	it('cuts a lesson where its author placed a scenario, and keeps its words and links', async () => {
		const parts = await markdownBody('content/modules/01-introduction-aux-gem/03-comment-vit-un-gem.md');
		expect(parts.map((part) => part.kind)).toEqual(['html', 'scenario', 'html']);
		expect(parts[1]).toEqual({ kind: 'scenario', id: 'premier-jour' });
		const html = parts.flatMap((part) => (part.kind === 'html' ? [part.html] : [])).join('');
		expect(html).toContain('<h2 id="le-parrain-un-tiers-qui-veille">');
		expect(html).toMatch(/<a class="term[^"]*" href="\/glossaire\/#ca">/);
		expect(html).toContain('class="callout retenir"');
		expect(html).not.toContain('<!--');
		expect(html).not.toContain('data-activite');
	});

	it('renders every lesson and sheet, with each activity where its Markdown names it', async () => {
		expect(lessonFiles.length).toBeGreaterThan(50);
		for (const file of [...lessonFiles, ...sheetFiles]) {
			const parts = await markdownBody(file);
			const named = [...readFileSync(file, 'utf8').matchAll(/<(Scenario|Quiz) id="([^"]+)"/g)].map(
				(match) => ({ kind: match[1].toLowerCase(), id: match[2] })
			);
			expect(parts.filter((part) => part.kind !== 'html'), file).toEqual(named);
			for (const part of parts) {
				if (part.kind === 'html') expect(part.html.length, file).toBeGreaterThan(0);
			}
		}
		// Every lesson and sheet of the course, rendered: seconds, more on a busy machine.
	}, 30_000);
});

describe('static plan and hand-over', () => {
	it('hands the HTML to the universal load, and keeps only its shape in the page data', async () => {
		const sources = renderStatic(SourceList, {
			sources: [
				{
					id: 's',
					titre: 'Un texte',
					editeur: 'Un éditeur',
					date: '2020',
					consulte: '2026-12-04',
					fiabilite: 'officiel'
				}
			]
		});
		expect(sources).toContain('Un éditeur');
		const plan = await staticPlan(
			'x/y',
			'content/modules/01-introduction-aux-gem/03-comment-vit-un-gem.md',
			false,
			{ sources }
		);
		expect(JSON.stringify(plan)).not.toContain('parrain');
		expect(plan.blocks).toEqual(['sources']);
		const { body, blocks } = assemble(plan, takeOver('x/y'));
		expect(body.map((part) => (part.kind === 'html' ? part.key : part.id))).toEqual([
			'x/y#0',
			'premier-jour',
			'x/y#1'
		]);
		expect(blocks.sources).toEqual({ key: 'x/y#2', html: sources });
		// Taken once: a second render of the page could not reuse stale text.
		expect(() => takeOver('x/y')).toThrow('Texte de x/y absent au rendu.');
	});

	it('a data request hands nothing over', async () => {
		await staticPlan('data/only', 'content/fiches/' + readdirSync('content/fiches')[0], true);
		expect(() => takeOver('data/only')).toThrow();
	});

	it('refuses HTML that does not fit the plan', () => {
		handOver('z', ['<p>un</p>']);
		const plan = { id: 'z', body: [{ kind: 'html' as const }, { kind: 'html' as const }], blocks: [] };
		expect(() => assemble(plan, takeOver('z'))).toThrow('z : 1 blocs de texte au lieu de 2.');
	});
});
