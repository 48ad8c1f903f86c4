import { describe, expect, it } from 'vitest';
import { rehypeGlossary, termMatchers } from '$lib/content/glossary.js';
import { readGlossary } from '$lib/content/glossary.server';
import type { ContentProblem } from '$lib/content/validate';

const sources = { 'loi-2005-102': { id: 'loi-2005-102', titre: 'Loi', editeur: 'JO', date: '2005', consulte: '2025-11-30', fiabilite: 'officiel' as const } };

function problemsOf(yamlText: string) {
	const problems: ContentProblem[] = [];
	readGlossary(yamlText, sources, problems);
	return problems.map((p) => `${p.file} : ${p.message}`);
}

describe('glossary validator', () => {
	it('accepts a well-formed glossary', () => {
		expect(problemsOf('gem:\n  terme: GEM\n  definition: Un groupe.\n  sources: [loi-2005-102]\n')).toEqual([]);
	});

	it('rejects a term without definition', () => {
		expect(problemsOf('gem:\n  terme: GEM\n  sources: [loi-2005-102]\n')).toEqual([
			'content/glossaire.yaml (« gem ») : champ « definition » : obligatoire, il manque'
		]);
		expect(problemsOf('gem:\n  terme: GEM\n  definition: ""\n  sources: [loi-2005-102]\n')).toEqual([
			'content/glossaire.yaml (« gem ») : champ « definition » : ne doit pas être vide'
		]);
	});

	it('rejects a duplicate id, term or synonym', () => {
		expect(problemsOf('gem:\n  terme: GEM\n  definition: a\n  sources: [loi-2005-102]\ngem:\n  terme: X\n  definition: b\n  sources: [loi-2005-102]\n')).toEqual([
			expect.stringMatching(/^content\/glossaire\.yaml : terme en double/)
		]);
		expect(
			problemsOf('gem:\n  terme: GEM\n  definition: a\n  sources: [loi-2005-102]\ngroupe:\n  terme: Groupe\n  synonymes: [gem]\n  definition: b\n  sources: [loi-2005-102]\n')
		).toEqual(['content/glossaire.yaml (« groupe ») : « gem » est déjà un terme ou un synonyme de « gem »']);
	});

	it('rejects unknown sources', () => {
		expect(problemsOf('gem:\n  terme: GEM\n  definition: a\n  sources: [inconnue]\n')).toEqual([
			'content/glossaire.yaml (« gem ») : champ « sources » : « inconnue » n’existe pas dans content/sources.yaml'
		]);
	});
});

const entries = [
	{ id: 'gem', terme: 'GEM', definition: 'Groupe d’entraide mutuelle.', synonymes: ["groupe d'entraide mutuelle"] },
	{ id: 'parrain', terme: 'Parrain', definition: 'Un tiers qui veille.' },
	{ id: 'organisme-gestionnaire', terme: 'Organisme gestionnaire', definition: 'Gère.', synonymes: ['gestionnaire'] }
];

/** Runs the plugin on a tiny hast tree and returns the text with raw tags inlined. */
function link(children: unknown[]) {
	const tree = { type: 'root', children: children as Node[] };
	rehypeGlossary(entries)()(tree);
	type Node = { type: string; value?: string; tagName?: string; children?: Node[] };
	const flat = (node: Node): string =>
		node.type === 'text' || node.type === 'raw' ? (node.value ?? '') : `<${node.tagName}>${(node.children ?? []).map(flat).join('')}</${node.tagName}>`;
	return (tree.children as Node[]).map(flat).join('');
}
const p = (text: string) => ({ type: 'element', tagName: 'p', children: [{ type: 'text', value: text }] });

describe('glossary links in lessons', () => {
	it('links only the first occurrence of each term', () => {
		const html = link([p('Le GEM a un parrain. Le GEM aussi.'), p('Un autre parrain.')]);
		expect(html.match(/<GlossaryTerm id="gem"/g)).toHaveLength(1);
		expect(html.match(/<GlossaryTerm id="parrain"/g)).toHaveLength(1);
		expect(html).toContain('<GlossaryTerm id="parrain" terme="Parrain" definition="Un tiers qui veille.">parrain</GlossaryTerm>');
	});

	it('skips headings and existing links, and matches acronyms by their capitals only', () => {
		const html = link([
			{ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'Le GEM' }] },
			{ type: 'element', tagName: 'a', children: [{ type: 'text', value: 'parrain' }] },
			p('Un gem en minuscules, puis le GEM.')
		]);
		expect(html).toContain('<h2>Le GEM</h2>');
		expect(html).toContain('<a>parrain</a>');
		expect(html).toContain('Un gem en minuscules, puis le <GlossaryTerm id="gem"');
	});

	it('prefers the longest form and accepts typographic apostrophes', () => {
		expect(termMatchers(entries)[0].form).toBe("groupe d'entraide mutuelle");
		const html = link([p('Le groupe d’entraide mutuelle et son organisme gestionnaire.')]);
		expect(html).toContain('>groupe d’entraide mutuelle</GlossaryTerm>');
		expect(html).toContain('<GlossaryTerm id="organisme-gestionnaire" terme="Organisme gestionnaire" definition="Gère.">organisme gestionnaire</GlossaryTerm>');
	});
});
