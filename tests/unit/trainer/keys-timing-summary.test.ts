import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '$lib/scenario/compile';
import { eventForAction } from '$lib/trainer/commands';
import { outlineOf, type DeckItem } from '$lib/trainer/deck';
import { actionForKey } from '$lib/trainer/keys';
import { echangeItem, emptyPlan } from '$lib/trainer/plan';
import { sceneOrder } from '$lib/trainer/scene-order';
import { sessionMachine } from '$lib/trainer/session-machine';
import { summarise, summaryMarkdown } from '$lib/trainer/summary';
import {
	clockLabel,
	minutesLabel,
	spentOn,
	startTiming,
	switchItem,
	totalSpent
} from '$lib/trainer/timing';

describe('keys of the trainer views', () => {
	it('always takes clicker keys, and character keys only when they are on', () => {
		expect(actionForKey({ key: 'PageDown' }, false)).toEqual({ type: 'next' });
		expect(actionForKey({ key: 'PageUp' }, false)).toEqual({ type: 'previous' });
		expect(actionForKey({ key: 'b' }, true)).toEqual({ type: 'blank' });
		expect(actionForKey({ key: 'b' }, false)).toBeNull();
		expect(actionForKey({ key: '3' }, true)).toEqual({ type: 'vote', option: 2 });
		expect(actionForKey({ key: '3' }, false)).toBeNull();
		expect(actionForKey({ key: 'R' }, true)).toEqual({ type: 'reveal' });
	});

	it('leaves modified keys to the browser', () => {
		expect(actionForKey({ key: 'f', ctrlKey: true }, true)).toBeNull();
		expect(actionForKey({ key: 'ArrowRight', altKey: true }, true)).toBeNull();
	});

	it('turns actions into session events only where they mean something', () => {
		const voting = { key: 's/a', options: [{ id: 'x', label: 'X' }], tally: {} };
		expect(eventForAction({ type: 'reveal' }, 'scenario.tally', voting)).toEqual({
			type: 'reveal.show'
		});
		expect(eventForAction({ type: 'reveal' }, 'lesson', null)).toBeNull();
		expect(eventForAction({ type: 'vote', option: 0 }, 'quiz.tally', voting)).toEqual({
			type: 'tally.add',
			optionId: 'x',
			delta: 1
		});
		expect(eventForAction({ type: 'vote', option: 4 }, 'quiz.tally', voting)).toBeNull();
		expect(eventForAction({ type: 'revealAll' }, 'scenario.reveal', voting)).toEqual({
			type: 'reveal.all'
		});
	});
});

describe('timing', () => {
	it('adds up the time on each item, the running stretch included', () => {
		let timing = startTiming(0);
		timing = switchItem(timing, 'a', 0);
		timing = switchItem(timing, 'b', 60_000);
		timing = switchItem(timing, 'a', 90_000);
		expect(spentOn(timing, 'a', 150_000)).toBe(120_000);
		expect(spentOn(timing, 'b', 150_000)).toBe(30_000);
		expect(totalSpent(timing, 150_000)).toBe(150_000);
		expect(switchItem(timing, 'a', 200_000)).toBe(timing);
	});

	it('writes minutes and clock time', () => {
		expect(minutesLabel(12 * 60_000)).toBe('12 min');
		expect(minutesLabel(65 * 60_000)).toBe('1 h 05');
		expect(clockLabel(247_000)).toBe('4:07');
	});
});

describe('scene order and summary', () => {
	const { scenario } = readScenarioFile(
		readFileSync('tests/fixtures/scenarios/valide.scenario.yaml', 'utf8'),
		'content/modules/01-a/valide.scenario.yaml',
		'a',
		{ sources: new Set(['loi-2005-102']), competences: new Set(['ecoute']) }
	);

	it('orders scenes as a reader meets them', () => {
		expect(sceneOrder(scenario!.scenes, 'accueil')).toEqual([
			'accueil',
			'ecoute',
			'tension',
			'fin-apaisee',
			'fin-difficile'
		]);
	});

	it('summarises tallies, the room’s path, the ending, times and notes, and exports them', () => {
		const plan = { ...emptyPlan(0), titre: 'Séance *test*', date: '2026-12-10', groupe: 'Dijon' };
		const deck: DeckItem[] = [
			{
				plan: { key: 's', kind: 'scenario', ref: 'valide', titre: 'Accueil', duree: 30 },
				kind: 'scenario',
				scenario: scenario!
			},
			{ plan: echangeItem('Tour de table', '<b>Qui</b> ?'), kind: 'echange' }
		];
		const actor = createActor(sessionMachine, { input: { items: deck.map(outlineOf) } }).start();
		for (const event of [
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'tally.set', optionId: 'ecouter', count: 6 },
			{ type: 'tally.set', optionId: 'ignorer', count: 2 },
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'screen.next' },
			{ type: 'screen.next' }
		] as const)
			actor.send(event);
		const session = {
			snapshot: actor.getPersistedSnapshot(),
			items: deck.map((item) => item.plan),
			timing: { startedAt: 0, current: null, spent: { s: 25 * 60_000 } }
		};
		const items = summarise(deck, session, { s: 'Très bon échange.' }, 0);
		expect(items[0]).toMatchObject({
			titre: 'Accueil',
			planned: 30,
			spentMs: 25 * 60_000,
			path: [
				{ step: 1, letter: 'A', choice: "L'écouter", quality: 'pratique recommandée' },
				{ step: 2, letter: 'A', choice: 'Proposer un café', quality: 'pratique recommandée' }
			],
			ending: 'fin-apaisee',
			note: 'Très bon échange.'
		});
		expect(items[0].tallies[0]).toEqual({
			label: 'Étape 1',
			options: [
				{ letter: 'A', label: "L'écouter", count: 6 },
				{ letter: 'B', label: 'Continuer le café', count: 2 }
			],
			total: 8
		});
		const markdown = summaryMarkdown(plan, items, ['Awa', 'Bruno']);
		expect(markdown).toContain('# Bilan de séance : Séance \\*test\\*');
		expect(markdown).toContain('| Mise en situation : Accueil | 30 min | 25 min |');
		expect(markdown).toContain("- A — L'écouter : 6");
		expect(markdown).toContain("1. A — L'écouter (pratique recommandée)");
		expect(markdown).toContain('> Très bon échange.');
		expect(markdown).toContain('- Participants : 2');
	});
});
