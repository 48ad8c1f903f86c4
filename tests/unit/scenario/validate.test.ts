import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuizFile, readScenarioFile } from '$lib/scenario/compile';

const known = { sources: new Set(['loi-2005-102']), competences: new Set(['ecoute', 'posture']) };
const fixture = (name: string) => readFileSync(`tests/fixtures/scenarios/${name}`, 'utf8');
const scenarioProblems = (name: string) =>
	readScenarioFile(
		fixture(`${name}.scenario.yaml`),
		`content/modules/01-a/${name}.scenario.yaml`,
		'a',
		known
	).problems;
const quizProblems = (name: string) =>
	readQuizFile(fixture(`${name}.quiz.yaml`), `content/modules/01-a/${name}.quiz.yaml`, 'a', known)
		.problems;

describe('scenario validator: one broken fixture per rule, a French message naming the ids', () => {
	it('accepts the valid fixture', () => {
		expect(scenarioProblems('valide')).toEqual([]);
	});

	it.each([
		[
			'suite-inconnue',
			['scène « ecoute », choix « proposer » : la suite « fin-joyeuse » n’existe pas']
		],
		[
			'scene-inatteignable',
			[
				'scène « fin-apaisee » : jamais atteinte depuis la scène de début « accueil »',
				'scène « oubliee » : jamais atteinte depuis la scène de début « accueil »'
			]
		],
		['ni-choix-ni-fin', ['scène « fin-apaisee » : il faut des « choix » ou une « fin »']],
		[
			'sans-issue',
			[
				'scène « fin-difficile » : jamais atteinte depuis la scène de début « accueil »',
				'scène « boucle » : aucune fin n’est atteignable depuis cette scène'
			]
		],
		[
			'choix-sans-retour',
			['scène « ecoute », choix « proposer » : champ « retour » : obligatoire, il manque']
		],
		[
			'choix-en-double',
			[
				'scène « tension », choix « ecouter » : cet identifiant de choix est déjà utilisé dans le scénario'
			]
		],
		[
			'scene-en-double',
			[expect.stringMatching(/^identifiant en double \(Map keys must be unique/)]
		],
		[
			'competence-inconnue',
			[
				'scène « accueil », choix « ecouter » : la compétence « empathie » de « effets » n’existe pas dans content/competences.yaml'
			]
		],
		[
			'libelle-vide',
			['scène « ecoute », choix « proposer » : champ « libelle » : ne doit pas être vide']
		],
		[
			'source-inconnue',
			[
				'scène « accueil », choix « ecouter » : la source « rapport-imaginaire » n’existe pas dans content/sources.yaml'
			]
		],
		['debut-inconnu', ['« debut » : la scène « ouverture » n’existe pas']],
		[
			'qualite-inconnue',
			[
				'scène « tension », choix « revenir » : champ « qualite » : doit valoir recommande, acceptable ou a-eviter'
			]
		],
		[
			'texte-avec-accolades',
			['scène « ecoute », texte : les accolades « { } » ne sont pas permises dans le texte.']
		]
	])('%s', (name, expected) => {
		expect(scenarioProblems(name)).toEqual(expected);
	});

	it('asks for a file name that matches the id', () => {
		const { problems } = readScenarioFile(
			fixture('mauvais-nom.scenario.yaml'),
			'content/modules/01-a/mauvais-nom.scenario.yaml',
			'a',
			known
		);
		expect(problems).toEqual([
			'le nom du fichier doit être « valide.scenario.yaml », comme son identifiant'
		]);
	});

	it('reports unknown scenario-level competences and sources', () => {
		const text = fixture('valide.scenario.yaml')
			.replace('competences: [ecoute]', 'competences: [jonglage]')
			.replace('sources: [loi-2005-102]\ndebut', 'sources: [blog-perdu]\ndebut');
		expect(readScenarioFile(text, 'x/valide.scenario.yaml', 'a', known).problems).toEqual([
			'« competences » : « jonglage » n’existe pas dans content/competences.yaml',
			'« sources » : « blog-perdu » n’existe pas dans content/sources.yaml'
		]);
	});

	it('refuses a source listed twice (a keyed list in the page would break)', () => {
		const text = fixture('valide.scenario.yaml').replace(
			'sources: [loi-2005-102]\ndebut',
			'sources: [loi-2005-102, loi-2005-102]\ndebut'
		);
		expect(readScenarioFile(text, 'x/valide.scenario.yaml', 'a', known).problems).toEqual([
			'champ « sources » : cite deux fois « loi-2005-102 »'
		]);
	});
});

describe('knowledge-check validator', () => {
	it('accepts the valid fixture', () => {
		expect(quizProblems('valide')).toEqual([]);
	});

	it.each([
		[
			'unique-deux-correctes',
			[
				'question « lieu-de-soin » : une question « unique » a exactement une option correcte (ici 2)'
			]
		],
		[
			'multiple-sans-correcte',
			['question « qui-decide » : une question « multiple » a au moins une option correcte']
		],
		['option-sans-retour', ['champ « questions.1.options.1.retour » : obligatoire, il manque']]
	])('%s', (name, expected) => {
		expect(quizProblems(name)).toEqual(expected);
	});
});
