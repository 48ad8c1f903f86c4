import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '$lib/scenario/compile';
import {
	roomChoice,
	sessionMachine,
	type ItemOutline,
	type SessionEvent
} from '$lib/trainer/session-machine';

const known = { sources: new Set(['loi-2005-102']), competences: new Set(['ecoute']) };
const { scenario } = readScenarioFile(
	readFileSync('tests/fixtures/scenarios/valide.scenario.yaml', 'utf8'),
	'content/modules/01-a/valide.scenario.yaml',
	'a',
	known
);

const lesson: ItemOutline = { key: 'l', kind: 'lesson', screens: 2 };
const play: ItemOutline = {
	key: 's',
	kind: 'scenario',
	machine: scenario!.machine,
	questionScenes: ['accueil']
};
const check: ItemOutline = {
	key: 'q',
	kind: 'quiz',
	questions: [
		{ id: 'q1', options: ['oui', 'non'] },
		{ id: 'q2', options: ['a', 'b', 'c'] }
	]
};
const talk: ItemOutline = { key: 'e', kind: 'echange' };

function start(items: ItemOutline[]) {
	return createActor(sessionMachine, { input: { items } }).start();
}

const send = (actor: ReturnType<typeof start>, ...events: SessionEvent[]) =>
	events.forEach((event) => actor.send(event));
const NEXT = { type: 'screen.next' } as const;
const PREVIOUS = { type: 'screen.previous' } as const;
const value = (actor: ReturnType<typeof start>) => actor.getSnapshot().value;

describe('session machine: lessons and free discussion', () => {
	it('walks the screens of a lesson, then moves to the next item, and back', () => {
		const actor = start([lesson, talk]);
		expect(value(actor)).toBe('lesson');
		send(actor, NEXT);
		expect(actor.getSnapshot().context.screen).toBe(1);
		send(actor, NEXT);
		expect(value(actor)).toBe('echange');
		expect(actor.getSnapshot().context.item).toBe(1);
		send(actor, PREVIOUS);
		expect(value(actor)).toBe('lesson');
		expect(actor.getSnapshot().context).toMatchObject({ item: 0, screen: 0 });
		send(actor, PREVIOUS);
		expect(actor.getSnapshot().context.item).toBe(0);
	});

	it('shows every page of a screen too long for the projector before moving on', () => {
		const actor = start([lesson]);
		send(actor, { type: 'layout.measure', pages: 3 }, NEXT, NEXT);
		expect(actor.getSnapshot().context).toMatchObject({ screen: 0, page: 2 });
		send(actor, PREVIOUS);
		expect(actor.getSnapshot().context.page).toBe(1);
		send(actor, NEXT, NEXT);
		expect(actor.getSnapshot().context).toMatchObject({ screen: 1, page: 0, pages: 1 });
		// A smaller measure never leaves the page past the end.
		send(actor, { type: 'layout.measure', pages: 4 }, NEXT, NEXT, NEXT);
		send(actor, { type: 'layout.measure', pages: 2 });
		expect(actor.getSnapshot().context.page).toBe(1);
	});

	it('ends after the last item, and "previous" returns to it', () => {
		const actor = start([talk]);
		send(actor, NEXT);
		expect(value(actor)).toBe('finished');
		send(actor, PREVIOUS);
		expect(value(actor)).toBe('echange');
		send(actor, { type: 'session.end' });
		expect(value(actor)).toBe('finished');
	});

	it('blanks and unblanks the screen from anywhere', () => {
		const actor = start([talk]);
		send(actor, { type: 'screen.blank' });
		expect(actor.getSnapshot().context.blank).toBe(true);
		send(actor, { type: 'screen.blank' });
		expect(actor.getSnapshot().context.blank).toBe(false);
	});

	it('jumps to any item', () => {
		const actor = start([lesson, play, check]);
		send(actor, { type: 'item.goto', index: 2 });
		expect(value(actor)).toEqual({ quiz: 'question' });
		send(actor, { type: 'item.goto', index: 1 });
		expect(value(actor)).toEqual({ scenario: 'situation' });
		expect(actor.getSnapshot().context.scene).toBe('accueil');
	});

	it('finishes at once with an empty plan', () => {
		expect(value(start([]))).toBe('finished');
	});
});

describe('session machine: a scenario with the room', () => {
	it('goes situation, choices, tally, reveal, questions, then the scene the room chose', () => {
		const actor = start([play]);
		expect(value(actor)).toEqual({ scenario: 'situation' });
		send(actor, NEXT);
		expect(value(actor)).toEqual({ scenario: 'choices' });
		send(actor, NEXT);
		expect(value(actor)).toEqual({ scenario: 'tally' });
		send(
			actor,
			{ type: 'tally.set', optionId: 'ecouter', count: 3 },
			{ type: 'tally.add', optionId: 'ignorer', delta: 1 },
			{ type: 'tally.add', optionId: 'ignorer', delta: 4 },
			{ type: 'tally.add', optionId: 'inconnue', delta: 4 }
		);
		expect(actor.getSnapshot().context.tallies).toEqual({
			's/accueil': { ecouter: 3, ignorer: 5 }
		});
		send(actor, { type: 'reveal.show' });
		expect(value(actor)).toEqual({ scenario: 'reveal' });
		expect(roomChoice(actor.getSnapshot().context)).toBe('ignorer');
		send(actor, { type: 'reveal.all' });
		expect(actor.getSnapshot().context.revealAll).toBe(true);
		send(actor, NEXT);
		expect(value(actor)).toEqual({ scenario: 'questions' });
		send(actor, NEXT);
		expect(value(actor)).toEqual({ scenario: 'situation' });
		expect(actor.getSnapshot().context).toMatchObject({
			scene: 'tension',
			revealAll: false,
			paths: { s: [{ sceneId: 'accueil', choiceId: 'ignorer' }] }
		});
	});

	it('follows the option the trainer picks instead of the most voted', () => {
		const actor = start([play]);
		send(actor, NEXT, NEXT, { type: 'tally.set', optionId: 'ignorer', count: 9 }, NEXT);
		send(
			actor,
			{ type: 'option.pick', optionId: 'ecouter' },
			{ type: 'option.pick', optionId: 'nope' }
		);
		expect(roomChoice(actor.getSnapshot().context)).toBe('ecouter');
		send(actor, NEXT, NEXT);
		expect(actor.getSnapshot().context.scene).toBe('ecoute');
	});

	it('skips the questions step where a scene has none, and shows the ending', () => {
		const actor = start([play, talk]);
		send(actor, NEXT, NEXT, NEXT, NEXT, NEXT); // accueil, first option (no votes)
		expect(actor.getSnapshot().context.scene).toBe('ecoute');
		send(actor, NEXT, NEXT, NEXT);
		expect(value(actor)).toEqual({ scenario: 'reveal' });
		send(actor, NEXT);
		expect(value(actor)).toEqual({ scenario: 'ending' });
		expect(actor.getSnapshot().context.scene).toBe('fin-apaisee');
		send(actor, NEXT);
		expect(value(actor)).toBe('echange');
	});

	it('steps back through a scene, into the previous scene, then the previous item', () => {
		const actor = start([talk, play]);
		send(actor, NEXT, NEXT, NEXT, NEXT, NEXT, NEXT); // into accueil -> ecoute
		expect(actor.getSnapshot().context.scene).toBe('ecoute');
		send(actor, PREVIOUS);
		expect(value(actor)).toEqual({ scenario: 'questions' });
		expect(actor.getSnapshot().context).toMatchObject({ scene: 'accueil', paths: { s: [] } });
		send(actor, PREVIOUS, PREVIOUS, PREVIOUS, PREVIOUS);
		expect(value(actor)).toEqual({ scenario: 'situation' });
		send(actor, PREVIOUS);
		expect(value(actor)).toBe('echange');
	});

	it('steps back from an ending to the reveal of the scene before it', () => {
		const actor = start([play]);
		send(actor, NEXT, NEXT, NEXT, NEXT, NEXT); // -> ecoute
		send(actor, NEXT, NEXT, NEXT, NEXT); // -> ending
		expect(value(actor)).toEqual({ scenario: 'ending' });
		send(actor, PREVIOUS);
		expect(value(actor)).toEqual({ scenario: 'reveal' });
		expect(actor.getSnapshot().context.scene).toBe('ecoute');
		send(actor, PREVIOUS, PREVIOUS, PREVIOUS);
		expect(value(actor)).toEqual({ scenario: 'situation' });
	});

	it('ignores votes outside the tally step', () => {
		const actor = start([play]);
		send(actor, { type: 'tally.set', optionId: 'ecouter', count: 3 });
		expect(actor.getSnapshot().context.tallies).toEqual({});
	});
});

describe('session machine: a knowledge check', () => {
	it('goes question, tally, answers for each question, then the next item', () => {
		const actor = start([check]);
		expect(value(actor)).toEqual({ quiz: 'question' });
		send(actor, NEXT);
		expect(value(actor)).toEqual({ quiz: 'tally' });
		send(actor, { type: 'tally.set', optionId: 'non', count: 7 }, { type: 'reveal.show' });
		expect(value(actor)).toEqual({ quiz: 'answers' });
		send(actor, { type: 'reveal.all' }, NEXT);
		expect(value(actor)).toEqual({ quiz: 'question' });
		expect(actor.getSnapshot().context.screen).toBe(1);
		send(actor, NEXT, { type: 'tally.add', optionId: 'c', delta: 2 }, NEXT);
		expect(actor.getSnapshot().context.tallies).toEqual({ 'q/q1': { non: 7 }, 'q/q2': { c: 2 } });
		send(actor, PREVIOUS);
		expect(value(actor)).toEqual({ quiz: 'tally' });
		send(actor, PREVIOUS, PREVIOUS);
		expect(value(actor)).toEqual({ quiz: 'answers' });
		expect(actor.getSnapshot().context.screen).toBe(0);
		send(actor, PREVIOUS, PREVIOUS, NEXT, NEXT, NEXT, NEXT, NEXT, NEXT);
		expect(value(actor)).toBe('finished');
	});
});

describe('session machine: resume', () => {
	it('resumes from a persisted snapshot, through JSON, exactly where it was', () => {
		const actor = start([lesson, play, check]);
		send(actor, NEXT, NEXT, NEXT, NEXT, { type: 'tally.set', optionId: 'ecouter', count: 4 });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		actor.stop();
		const resumed = createActor(sessionMachine, { snapshot: saved, input: { items: [] } }).start();
		expect(resumed.getSnapshot().value).toEqual({ scenario: 'tally' });
		expect(resumed.getSnapshot().context.tallies).toEqual({ 's/accueil': { ecouter: 4 } });
		resumed.send(NEXT);
		resumed.send(NEXT);
		resumed.send(NEXT);
		expect(resumed.getSnapshot().context.scene).toBe('ecoute');
	});
});
