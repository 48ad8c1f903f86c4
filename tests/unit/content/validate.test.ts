import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError } from '$lib/content/validate';
import { SOURCES_YAML, lessonFile, moduleIndex, tree } from '../../fixtures/content';

/** The French problems the validator reports for a tree, as "file : message" lines. */
function problemsOf(markdown: Record<string, string>, sources = SOURCES_YAML): string[] {
	try {
		buildCourse({ markdown, sources });
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((p) => `${p.file} : ${p.message}`);
		throw error;
	}
	return [];
}

const LESSON = '/content/modules/01-introduction-aux-gem/03-nouvelle.md';

describe('course tree derivation', () => {
	const course = buildCourse({ markdown: tree(), sources: SOURCES_YAML });

	it('orders modules and lessons by their number and groups modules by partie', () => {
		expect(course.modules.map((m) => m.slug)).toEqual(['introduction-aux-gem', 'valeurs', 'roles']);
		expect(course.parties.map((p) => p.modules.map((m) => m.slug))).toEqual([
			['introduction-aux-gem', 'valeurs'],
			['roles'],
			[]
		]);
		expect(course.parties.map((p) => p.titre)).toEqual([
			'Découvrir les GEM',
			'Être animateur',
			'Ressources clés'
		]);
	});

	it('derives lesson identities, slugs and the table of contents', () => {
		const [first, second] = course.modules[0].lessons;
		expect(first.id).toBe('introduction-aux-gem/qu-est-ce-qu-un-gem');
		expect(second.id).toBe('introduction-aux-gem/pour-qui');
		expect(first.toc).toEqual([
			{ id: 'un-gem-est-une-association', titre: 'Un GEM est une association' },
			{ id: 'les-membres-decident', titre: 'Les membres décident' }
		]);
	});

	it('keeps modules without lessons in the map (shown as "en préparation")', () => {
		expect(course.modules[1].lessons).toEqual([]);
	});

	it('reads the review status and the change note, with defaults', () => {
		const reviewed = buildCourse({
			markdown: tree({
				[LESSON]: lessonFile({
					clinique: 'true',
					relecture: '{ par: "Dr Jeanne Martin, psychiatre (fixture de test)", le: "2026-12-01" }',
					changement: '"Le numéro 115 a été ajouté."'
				})
			}),
			sources: SOURCES_YAML
		}).modules[0].lessons[2];
		expect(reviewed).toMatchObject({
			clinique: true,
			relecture: { par: 'Dr Jeanne Martin, psychiatre (fixture de test)', le: '2026-12-01' },
			changement: 'Le numéro 115 a été ajouté.'
		});
		const plain = course.modules[0].lessons[0];
		expect(plain.clinique).toBe(false);
		expect(plain.relecture).toBeUndefined();
		expect(plain.changement).toBeUndefined();
	});

	it('accepts a change note of exactly 140 characters', () => {
		const note = JSON.stringify('é'.repeat(140));
		expect(problemsOf(tree({ [LESSON]: lessonFile({ changement: note }) }))).toEqual([]);
	});

	it('reads "s.d." and partial dates in sources', () => {
		expect(course.sources['blog-gem'].date).toBe('s.d.');
		expect(course.sources['loi-2005-102'].url).toMatch(/^https:/);
	});
});

describe('content validator (French messages naming file and field)', () => {
	it.each([
		['a missing field', { sources: '' }, 'champ « sources » : obligatoire, il manque'],
		['an unknown source id', { sources: '[inconnue]' }, '« inconnue » n’existe pas dans content/sources.yaml'],
		['an empty source list', { sources: '[]' }, 'champ « sources » : doit citer au moins une source'],
		['a misspelt key', { sourcse: '[loi-2005-102]' }, 'champ inconnu : « sourcse »'],
		['a bad date', { revise: '"22/11/2026"' }, 'champ « revise » : doit être une date « AAAA-MM-JJ »'],
		['a duration that is not a number', { duree: 'dix' }, 'champ « duree » : doit être un nombre de minutes'],
		[
			'the former simplified summary, replaced by the .facile.md file',
			{ versionSimplifiee: '"Un GEM est une association."' },
			'champ « versionSimplifiee » : n’existe plus : la version facile à lire de toute la leçon s’écrit dans le fichier « NN-slug.facile.md »'
		],
		['an empty title', { titre: '""' }, 'champ « titre » : ne doit pas être vide'],
		['objectives that are not a list', { objectifs: 'apprendre' }, 'champ « objectifs » : doit être une liste'],
		['a malformed alias', { alias: '[ancienne-lecon]' }, 'chaque alias s’écrit « module/lecon »'],
		['a clinical flag that is not true or false', { clinique: 'oui' }, 'champ « clinique » : doit valoir true ou false'],
		['a review without its reviewer', { relecture: '{ le: "2026-12-01" }' }, 'champ « relecture.par » : obligatoire, il manque'],
		['a review with a bad date', { relecture: '{ par: "Dr Jeanne Martin, psychiatre", le: "hier" }' }, 'champ « relecture.le » : doit être une date « AAAA-MM-JJ »'],
		['a review that is not a reviewer and a date', { relecture: 'Dr Martin' }, 'champ « relecture » : doit indiquer « par » (qui a relu) et « le »'],
		['an unknown key in a review', { relecture: '{ par: "Dr Martin", le: "2026-12-01", avis: ok }' }, 'champ inconnu : « avis »'],
		['a change note over 140 characters', { changement: JSON.stringify('é'.repeat(141)) }, 'champ « changement » : doit tenir en 140 caractères au plus'],
		['an empty change note', { changement: '""' }, 'champ « changement » : ne doit pas être vide']
	])('rejects %s', (_, overrides, expected) => {
		const problems = problemsOf(tree({ [LESSON]: lessonFile(overrides) }));
		expect(problems).toEqual([expect.stringContaining(expected)]);
		expect(problems[0]).toMatch(/^content\/modules\/01-introduction-aux-gem\/03-nouvelle\.md : /);
	});

	it('rejects unreadable YAML and a missing header', () => {
		expect(problemsOf(tree({ [LESSON]: '---\ntitre: [oups\n---\nTexte' }))).toEqual([
			expect.stringContaining('en-tête YAML illisible')
		]);
		expect(problemsOf(tree({ [LESSON]: 'Pas d’en-tête' }))).toEqual([
			expect.stringContaining('l’en-tête entre deux lignes « --- » est absent')
		]);
	});

	it('rejects file and folder names that are not "NN-slug"', () => {
		expect(
			problemsOf(tree({ '/content/modules/01-introduction-aux-gem/03-Leçon.md': lessonFile() }))
		).toEqual([expect.stringContaining('le nom « 03-Leçon » doit s’écrire « NN-mots-en-minuscules »')]);
		expect(problemsOf(tree({ '/content/modules/valeurs/index.md': moduleIndex() }))).toEqual([
			expect.stringContaining('content/modules/valeurs : le nom « valeurs »')
		]);
	});

	it('rejects duplicate slugs and numbers', () => {
		const duplicateSlug = problemsOf(
			tree({ '/content/modules/03-valeurs/index.md': moduleIndex('Autre', 1) })
		);
		expect(duplicateSlug).toEqual([expect.stringContaining('le module « valeurs » existe déjà')]);
		const duplicateNumber = problemsOf(
			tree({ '/content/modules/01-introduction-aux-gem/02-autre.md': lessonFile() })
		);
		expect(duplicateNumber).toEqual([expect.stringContaining('le numéro 02 est déjà pris dans ce module')]);
	});

	it('rejects a module without index.md and a bad partie', () => {
		expect(problemsOf(tree({ '/content/modules/05-journee/01-ouverture.md': lessonFile() }))).toEqual([
			'content/modules/05-journee : le fichier index.md du module manque'
		]);
		expect(
			problemsOf(tree({ '/content/modules/05-journee/index.md': moduleIndex('Journée', 4) }))
		).toEqual([expect.stringContaining('champ « partie » : doit valoir 1 (Découvrir les GEM)')]);
	});

	it('rejects an alias that points at an existing lesson', () => {
		const problems = problemsOf(
			tree({ [LESSON]: lessonFile({ alias: '[introduction-aux-gem/pour-qui]' }) })
		);
		expect(problems).toEqual([expect.stringContaining('« introduction-aux-gem/pour-qui » désigne déjà une autre leçon')]);
	});

	it('rejects broken sources.yaml entries, naming the entry', () => {
		const broken = `${SOURCES_YAML}\nsans-editeur:\n  titre: X\n  date: "2020"\n  consulte: "2025-11-30"\n  fiabilite: rumeur\n`;
		expect(problemsOf(tree(), broken)).toEqual([
			'content/sources.yaml (« sans-editeur ») : champ « editeur » : obligatoire, il manque',
			expect.stringContaining('champ « fiabilite » : doit valoir officiel, recherche')
		]);
	});

	it('reports body problems with their line in the file', () => {
		const body = '\nTexte {x}\n\n<div>bloc</div>\n\n:::remarque\nx\n:::\n';
		const problems = problemsOf(tree({ [LESSON]: lessonFile({}, body) }));
		expect(problems).toEqual([
			expect.stringMatching(/ligne 11 : les accolades/),
			expect.stringMatching(/ligne 13 : la balise <div> n'est pas permise/),
			expect.stringMatching(/ligne 15 : encadré « :::remarque » inconnu/)
		]);
	});

	it('collects every problem of the course in one error message', () => {
		const files = tree({
			[LESSON]: lessonFile({ sources: '[inconnue]' }),
			'/content/modules/01-introduction-aux-gem/04-autre.md': lessonFile({ duree: '-3' })
		});
		expect(() => buildCourse({ markdown: files, sources: SOURCES_YAML })).toThrow(/2 erreur\(s\)[\s\S]*04-autre.md : champ « duree »[\s\S]*03-nouvelle.md : champ « sources »/);
	});
});
