import { describe, expect, it } from 'vitest';
import { answerSentences, articleLink, readArticleList, readRevision, readSheets } from '$lib/content/sheets.server';
import type { ContentProblem } from '$lib/content/validate';

const sources = { 'code-travail-repos': { id: 'code-travail-repos', titre: 'Code', editeur: 'Légifrance', date: '2026', consulte: '2026-02-03', fiabilite: 'officiel' as const } };

const sheet = (fields: Record<string, string>) => {
	const all: Record<string, string> = {
		titre: '"Combien de repos ?"',
		reponse: '"Au moins 11 heures (article L3131-1)."',
		reponseFacile: '"Vous avez au moins 11 heures de repos entre 2 journées."',
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

const READ = `L3131-1:
  lu: "2026-12-04"
  debut: "Tout salarié bénéficie d'un repos quotidien"
  page: "https://code.travail.gouv.fr/code-du-travail/l3131-1"
`;

function problemsOf(files: Record<string, string>, readYaml = READ) {
	const problems: ContentProblem[] = [];
	const sheets = readSheets(files, sources, problems, readArticleList(readYaml, problems));
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
		['without its easy-to-read answer', { reponseFacile: '' }, 'champ « reponseFacile » : obligatoire, il manque'],
		['with an unknown theme', { theme: 'loisirs' }, 'champ « theme » : doit valoir contrat, temps-de-travail'],
		['with a malformed article', { articles: '["article 3131"]' }, 'chaque article s’écrit « L3131-1 »'],
		['with an unknown source', { sources: '[inconnue]' }, '« inconnue » n’existe pas dans content/sources.yaml'],
		['pointing to a missing sheet', { voirAussi: '[nulle-part]' }, 'champ « voirAussi » : la fiche « nulle-part » n’existe pas'],
		['citing an article nobody read', { articles: '["L3131-2"]' }, 'champ « articles » : « L3131-2 » n’est pas dans content/fiches/articles-lus.yaml'],
		[
			'whose answer has four sentences',
			{ reponse: '"Au moins 11 heures. De suite. Sans exception. Demandez-le."' },
			'champ « reponse » : compte 4 phrases : au plus 3 phrases courtes'
		],
		[
			'whose answer hides a long sentence',
			{ reponse: `"${'mot '.repeat(36).trim()}."` },
			'dépasse 35 mots : coupez-la'
		],
		['with an empty everyday phrasing', { motsCles: '["repos", ""]' }, 'champ « motsCles'],
		['with a change note without date', { misAJour: '{ changement: "Correction." }' }, 'champ « misAJour.date » : obligatoire, il manque']
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

describe('read articles and revision date', () => {
	it('names the file and the article when an entry lacks its first words', () => {
		const problems: ContentProblem[] = [];
		readArticleList('L3131-1:\n  lu: "2026-12-04"\n  page: "https://example.org/a"\n', problems);
		expect(problems).toEqual([
			{ file: 'content/fiches/articles-lus.yaml', message: expect.stringContaining('« L3131-1 » : champ « debut »') }
		]);
	});

	it('rejects a key that is not an article number', () => {
		const problems: ContentProblem[] = [];
		readArticleList('article 3131:\n  lu: "2026-12-04"\n  debut: "Tout salarié bénéficie d\'un repos"\n  page: "https://example.org/a"\n', problems);
		expect(problems[0].message).toContain('un article s’écrit « L3131-1 »');
	});

	it('reads the date the sheets were last checked, and refuses a revision without news', () => {
		const problems: ContentProblem[] = [];
		expect(readRevision('verifieesLe: "2026-12-04"\nnouveautes: ["Correction."]\n', problems)).toEqual({
			verifieesLe: '2026-12-04',
			nouveautes: ['Correction.']
		});
		expect(readRevision('verifieesLe: "2026-12-04"\nnouveautes: []\n', problems)).toBeUndefined();
		expect(problems[0]).toMatchObject({ file: 'content/fiches/revision.yaml' });
	});

	it('splits an answer on full stops, question marks and semicolons', () => {
		expect(answerSentences('Oui ; 11 heures. Et vous ? Demandez-le.')).toEqual(['Oui ;', '11 heures.', 'Et vous ?', 'Demandez-le.']);
	});
});
