import { describe, expect, it } from 'vitest';
import { articleLink, readSheets } from '$lib/content/sheets.server';
import type { ContentProblem } from '$lib/content/validate';

const sources = { 'code-travail-repos': { id: 'code-travail-repos', titre: 'Code', editeur: 'Légifrance', date: '2026', consulte: '2026-02-03', fiabilite: 'officiel' as const } };

const sheet = (fields: Record<string, string>) => {
	const all: Record<string, string> = {
		titre: '"Combien de repos ?"',
		reponse: '"Au moins 11 heures (article L3131-1)."',
		theme: 'repos-et-conges',
		articles: '["L3131-1"]',
		sources: '[code-travail-repos]',
		consulte: '"2026-02-03"',
		...fields
	};
	const yaml = Object.entries(all)
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
	return `---\n${yaml}\n---\n\n## Le détail\n\nTexte.\n`;
};

function problemsOf(files: Record<string, string>) {
	const problems: ContentProblem[] = [];
	const sheets = readSheets(files, sources, problems);
	return { sheets, problems: problems.map((p) => `${p.file} : ${p.message}`) };
}

const FILE = '/content/fiches/repos.md';

describe('sheet validator', () => {
	it('accepts a complete sheet', () => {
		const { sheets, problems } = problemsOf({ [FILE]: sheet({}) });
		expect(problems).toEqual([]);
		expect(sheets[0]).toMatchObject({ slug: 'repos', theme: 'repos-et-conges', articles: ['L3131-1'] });
	});

	it.each([
		['without article', { articles: '' }, 'champ « articles » : obligatoire, il manque'],
		['with an empty article list', { articles: '[]' }, 'champ « articles » : doit citer au moins un article'],
		['without reading date', { consulte: '' }, 'champ « consulte » : obligatoire, il manque'],
		['without theme', { theme: '' }, 'champ « theme » : obligatoire, il manque'],
		['with an unknown theme', { theme: 'loisirs' }, 'champ « theme » : doit valoir contrat, temps-de-travail'],
		['with a malformed article', { articles: '["article 3131"]' }, 'chaque article s’écrit « L3131-1 »'],
		['with an unknown source', { sources: '[inconnue]' }, '« inconnue » n’existe pas dans content/sources.yaml'],
		['pointing to a missing sheet', { voirAussi: '[nulle-part]' }, 'champ « voirAussi » : la fiche « nulle-part » n’existe pas']
	])('rejects a sheet %s, naming the file and the field', (_, fields, expected) => {
		const { problems } = problemsOf({ [FILE]: sheet(fields) });
		expect(problems).toEqual([expect.stringContaining(expected)]);
		expect(problems[0]).toMatch(/^content\/fiches\/repos\.md : /);
	});
});

describe('article links', () => {
	it('links Code du travail articles to code.travail.gouv.fr, in lower case', () => {
		expect(articleLink('L3131-1')).toEqual({
			label: 'Article L3131-1 du Code du travail',
			url: 'https://code.travail.gouv.fr/code-du-travail/l3131-1'
		});
	});

	it('links other codes to Légifrance', () => {
		expect(articleLink('CSS L411-1')).toEqual({
			label: 'Article L411-1 du Code de la sécurité sociale',
			url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189/'
		});
		expect(articleLink('CP 223-6').label).toBe('Article 223-6 du Code pénal');
	});
});
