import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError } from '$lib/content/validate';
import { SOURCES_YAML, easyReadFile, tree } from '../../fixtures/content';

const DIR = '/content/modules/01-introduction-aux-gem';
const EASY = `${DIR}/01-qu-est-ce-qu-un-gem.facile.md`;

function build(extra: Record<string, string>) {
	return buildCourse({ markdown: tree(extra), sources: SOURCES_YAML });
}

function problemsOf(extra: Record<string, string>): string[] {
	try {
		build(extra);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((p) => `${p.file} : ${p.message}`);
		throw error;
	}
	return [];
}

describe('easy-to-read versions (NN-slug.facile.md)', () => {
	it('are never taken for lessons, and are attached to theirs, compiled to HTML', () => {
		const course = build({ [EASY]: easyReadFile() });
		const lessons = course.modules[0].lessons;
		expect(lessons.map((lesson) => lesson.slug)).toEqual(['qu-est-ce-qu-un-gem', 'pour-qui']);
		expect(lessons[1].facile).toBeUndefined();
		const easy = lessons[0].facile!;
		expect(easy.relueParDesLecteurs).toBe(false);
		expect(easy.revise).toBe('2026-12-04');
		expect(easy.toc).toEqual([
			{ id: 'facile-le-gem-est-une-association', titre: 'Le GEM est une association' },
			{ id: 'facile-les-membres-decident', titre: 'Les membres décident' }
		]);
		expect(easy.html).toContain('<h2 id="facile-le-gem-est-une-association">Le GEM est une association</h2>');
		expect(easy.html).toContain('<li>Les membres <strong>choisissent</strong> les activités.</li>');
		expect(easy.html).toMatch(/^<p>Cette leçon parle du GEM\./);
	});

	it('refuses an underline, which Markdown would read as a heading out of the sections', () => {
		const source = easyReadFile().replace("groupe d'entraide.", "groupe d'entraide.\n---");
		expect(problemsOf({ [EASY]: source })).toEqual([
			expect.stringContaining(
				'.facile.md : ligne 7 : pas de ligne « --- » ou « === » : seuls les titres « ## » sont permis'
			)
		]);
	});

	it('keeps the reviewed-by-readers flag', () => {
		const course = build({ [EASY]: easyReadFile('relueParDesLecteurs: true\nrevise: "2026-12-04"') });
		expect(course.modules[0].lessons[0].facile?.relueParDesLecteurs).toBe(true);
	});

	it.each([
		['a missing reader-review flag', 'revise: "2026-12-04"', 'champ « relueParDesLecteurs » : obligatoire, il manque'],
		['a flag that is not true or false', 'relueParDesLecteurs: oui\nrevise: "2026-12-04"', 'champ « relueParDesLecteurs » : doit valoir true'],
		['a missing date', 'relueParDesLecteurs: false', 'champ « revise » : obligatoire, il manque'],
		['a bad date', 'relueParDesLecteurs: false\nrevise: "4 décembre"', 'champ « revise » : doit être une date « AAAA-MM-JJ »'],
		['an unknown field', 'relueParDesLecteurs: false\nrevise: "2026-12-04"\ntitre: Facile', 'champ inconnu : « titre »']
	])('rejects %s, naming the file and the field', (_, frontmatter, expected) => {
		expect(problemsOf({ [EASY]: easyReadFile(frontmatter) })).toEqual([
			expect.stringContaining(`content/modules/01-introduction-aux-gem/01-qu-est-ce-qu-un-gem.facile.md : ${expected}`)
		]);
	});

	it.each([
		['a component', '<Quiz id="gem-ou-soin" />', 'pas de balise ni de composant'],
		['HTML', 'Un <strong>mot</strong>.', 'pas de balise ni de composant'],
		['a table', '| Jour | Activité |', 'pas de tableau'],
		['a link', 'Lisez [la loi](https://www.legifrance.gouv.fr).', 'pas de lien'],
		['a bare address', 'Allez sur www.psycom.org.', 'pas de lien'],
		['an image', '![Un GEM](gem.png)', 'pas d’image'],
		['a footnote', 'Un GEM[^1].', 'pas de note de bas de page'],
		['a callout', ':::retenir', 'pas d’encadré'],
		['a sub-heading', '### Un détail', 'seuls les titres « ## » sont permis']
	])('rejects %s with its line number', (_, line, expected) => {
		const source = easyReadFile().replace('Cette leçon parle du GEM.', line);
		expect(problemsOf({ [EASY]: source })).toContainEqual(
			expect.stringContaining(`content/modules/01-introduction-aux-gem/01-qu-est-ce-qu-un-gem.facile.md : ligne 6 : ${expected}`)
		);
	});

	it('asks for exactly as many ## sections as the lesson', () => {
		const source = easyReadFile().replace('## Les membres décident', 'Les membres décident.');
		expect(problemsOf({ [EASY]: source })).toEqual([
			expect.stringContaining('.facile.md : compte 1 section(s) « ## » ; la leçon en a 2')
		]);
	});

	it('asks for 200 to 500 words', () => {
		const short = easyReadFile(undefined, '\n## Un\n\nCourt.\n\n## Deux\n\nCourt.\n');
		expect(problemsOf({ [EASY]: short })).toEqual([
			expect.stringContaining('.facile.md : compte 4 mots : une version facile à lire fait de 200 à 500 mots')
		]);
		const long = easyReadFile().replace('Cette leçon parle du GEM.', 'mot '.repeat(400));
		expect(problemsOf({ [EASY]: long })).toEqual([expect.stringMatching(/compte \d+ mots/)]);
	});

	it('rejects an easy text whose lesson does not exist', () => {
		expect(problemsOf({ [`${DIR}/07-absente.facile.md`]: easyReadFile() })).toEqual([
			'content/modules/01-introduction-aux-gem/07-absente.facile.md : aucune leçon « 07-absente.md » à côté : le fichier facile à lire porte le nom de sa leçon, suivi de « .facile.md »'
		]);
	});
});
