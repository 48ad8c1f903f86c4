import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readQuizFile, readScenarioFile } from '$lib/scenario/compile';
import { createScenarioMachine } from '$lib/scenario/machine';

const known = { sources: new Set(['loi-2005-102']), competences: new Set(['ecoute']) };
const yaml = readFileSync('tests/fixtures/scenarios/valide.scenario.yaml', 'utf8');
const { scenario } = readScenarioFile(
	yaml,
	'content/modules/01-a/valide.scenario.yaml',
	'a',
	known
);

describe('scenario compiler', () => {
	it('renders Markdown to HTML and keeps the authored data', () => {
		expect(scenario!.scenes.accueil.texte).toBe('<p>Karim arrive <strong>en colère</strong>.</p>');
		expect(scenario!.scenes.accueil.personnage).toBe('Karim, adhérent');
		expect(scenario!.scenes['fin-difficile'].fin).toEqual({
			ton: 'difficile',
			bilan: '<p>Revenir vers lui plus tôt aurait aidé.</p>'
		});
		expect(scenario!.moduleSlug).toBe('a');
	});

	it('maps scenes to states, choices to guarded transitions and endings to final states', () => {
		const play = scenario!.machine.states.play;
		expect(play.initial).toBe('accueil');
		expect(play.states.accueil).toEqual({
			tags: ['scene'],
			on: {
				'choice.select': [
					{
						guard: { type: 'isChoice', params: { choiceId: 'ecouter' } },
						target: 'accueil__ecouter',
						actions: { type: 'recordChoice', params: { sceneId: 'accueil', choiceId: 'ecouter' } }
					},
					{
						guard: { type: 'isChoice', params: { choiceId: 'ignorer' } },
						target: 'accueil__ignorer',
						actions: { type: 'recordChoice', params: { sceneId: 'accueil', choiceId: 'ignorer' } }
					}
				]
			}
		});
		// The feedback step between a choice and the next scene is a state of its own.
		expect(play.states.accueil__ecouter).toEqual({
			tags: ['feedback'],
			on: { 'feedback.continue': { target: 'ecoute' } }
		});
		expect(play.states['fin-apaisee']).toEqual({ tags: ['ending'], type: 'final' });
	});

	it('gives a version that changes when the content changes, not otherwise', () => {
		const again = readScenarioFile(
			yaml,
			'content/modules/01-a/valide.scenario.yaml',
			'a',
			known
		).scenario!;
		const edited = readScenarioFile(
			yaml.replace('Il se calme.', 'Il se calme enfin.'),
			'content/modules/01-a/valide.scenario.yaml',
			'a',
			known
		).scenario!;
		expect(again.version).toBe(scenario!.version);
		expect(edited.version).not.toBe(scenario!.version);
	});

	it('carries the clinical review status, outside the version (a reading restarts no run)', () => {
		expect(scenario!.clinique).toBe(false);
		expect(scenario!.relecture).toBeUndefined();
		const marked = (extra: string) =>
			readScenarioFile(
				yaml.replace('schemaVersion: 1\n', `schemaVersion: 1\n${extra}`),
				'content/modules/01-a/valide.scenario.yaml',
				'a',
				known
			);
		const awaiting = marked('clinique: true\n').scenario!;
		const reviewed = marked(
			'clinique: true\nrelecture: { par: "Dr Jeanne Martin, psychiatre (fixture)", le: "2026-12-01" }\n'
		).scenario!;
		expect(awaiting.clinique).toBe(true);
		expect(reviewed.relecture).toEqual({
			par: 'Dr Jeanne Martin, psychiatre (fixture)',
			le: '2026-12-01'
		});
		expect(new Set([awaiting.version, reviewed.version])).toEqual(new Set([scenario!.version]));
		expect(marked('relecture: { par: "Dr Martin" }\n').problems).toEqual([
			'champ « relecture.le » : obligatoire, il manque'
		]);
		expect(marked('clinique: oui\n').problems).toEqual([
			'champ « clinique » : doit valoir true ou false'
		]);
	});
});

describe('the compiled machine, run by XState', () => {
	const machine = createScenarioMachine(scenario!.machine);

	it('goes scene → feedback → next scene, records the path, and restarts', () => {
		const actor = createActor(machine).start();
		expect(actor.getSnapshot().value).toEqual({ play: 'accueil' });
		actor.send({ type: 'choice.select', choiceId: 'ignorer' });
		expect(actor.getSnapshot().value).toEqual({ play: 'accueil__ignorer' });
		expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
		actor.send({ type: 'feedback.continue' });
		expect(actor.getSnapshot().value).toEqual({ play: 'tension' });
		actor.send({ type: 'choice.select', choiceId: 'partir' });
		actor.send({ type: 'feedback.continue' });
		expect(actor.getSnapshot().value).toEqual({ play: 'fin-difficile' });
		expect(actor.getSnapshot().hasTag('ending')).toBe(true);
		expect(actor.getSnapshot().context.path).toEqual([
			{ sceneId: 'accueil', choiceId: 'ignorer' },
			{ sceneId: 'tension', choiceId: 'partir' }
		]);
		actor.send({ type: 'scenario.restart' });
		expect(actor.getSnapshot().value).toEqual({ play: 'accueil' });
		expect(actor.getSnapshot().context.path).toEqual([]);
	});

	it('ignores a choice that does not belong to the current scene', () => {
		const actor = createActor(machine).start();
		actor.send({ type: 'choice.select', choiceId: 'partir' });
		expect(actor.getSnapshot().value).toEqual({ play: 'accueil' });
	});

	it('resumes from a persisted snapshot at the same step', () => {
		const actor = createActor(machine).start();
		actor.send({ type: 'choice.select', choiceId: 'ecouter' });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().value).toEqual({ play: 'accueil__ecouter' });
		resumed.send({ type: 'feedback.continue' });
		expect(resumed.getSnapshot().value).toEqual({ play: 'ecoute' });
	});
});

describe('knowledge-check compiler', () => {
	it('renders option feedback to HTML', () => {
		const { quiz } = readQuizFile(
			readFileSync('tests/fixtures/scenarios/valide.quiz.yaml', 'utf8'),
			'content/modules/01-a/valide.quiz.yaml',
			'a',
			known
		);
		expect(quiz!.questions[0].options[1]).toEqual({
			id: 'non',
			texte: "Non, c'est un lieu d'entraide",
			correcte: true,
			retour: '<p>C&#39;est cela.</p>'
		});
	});
});
