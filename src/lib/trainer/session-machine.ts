// The flow of a group session: item -> screen or scene -> tally -> reveal -> questions -> next.
// One `setup()` names every guard and action, as the scenario engine does (machine.ts); the
// config below refers to them by name. Scenario items move along their compiled machine
// (scenario-step.ts). The context is plain JSON so a persisted snapshot resumes a session.
import { assign, setup } from 'xstate';
import type { MachineConfig } from '$lib/scenario/machine-config';
import { choicesOf, firstScene, followChoice, isEnding } from './scenario-step';
import { addCount, mostVoted, setCount, type Tally } from './tally';

/** What the machine needs to know of each plan item; texts stay out of the snapshot. */
export type ItemOutline =
	| { key: string; kind: 'lesson'; screens: number }
	| { key: string; kind: 'echange' }
	| { key: string; kind: 'scenario'; machine: MachineConfig; questionScenes: string[] }
	| { key: string; kind: 'quiz'; questions: { id: string; options: string[] }[] };

export interface PathStep {
	sceneId: string;
	choiceId: string;
}

export interface SessionContext {
	items: ItemOutline[];
	/** Index of the item on screen (items.length once the session is over). */
	item: number;
	/** Lesson screen or knowledge-check question. */
	screen: number;
	/** A screen too long for the projector continues on the next page. */
	page: number;
	pages: number;
	/** Scene on screen, for a scenario item. */
	scene: string | null;
	/** The path the room took through each scenario item, by item key. */
	paths: Record<string, PathStep[]>;
	/** Show-of-hands counts, by `<itemKey>/<sceneId or questionId>`. */
	tallies: Record<string, Tally>;
	/** The option the trainer chose to reveal, when not the most voted. */
	picked: Record<string, string>;
	revealAll: boolean;
	blank: boolean;
}

export type SessionEvent =
	| { type: 'screen.next' }
	| { type: 'screen.previous' }
	| { type: 'screen.blank' }
	| { type: 'layout.measure'; pages: number }
	| { type: 'tally.set'; optionId: string; count: number }
	| { type: 'tally.add'; optionId: string; delta: number }
	| { type: 'option.pick'; optionId: string }
	| { type: 'reveal.show' }
	| { type: 'reveal.all' }
	| { type: 'item.goto'; index: number }
	| { type: 'session.end' };

export const currentItem = (context: SessionContext): ItemOutline | undefined =>
	context.items[context.item];

/** Where the current tally lives, or null on a screen without one. */
export function tallyKey(context: SessionContext): string | null {
	const item = currentItem(context);
	if (item?.kind === 'scenario' && context.scene) return `${item.key}/${context.scene}`;
	if (item?.kind === 'quiz') return `${item.key}/${item.questions[context.screen]?.id}`;
	return null;
}

/** Options the room votes on now, in authored order. */
export function optionIds(context: SessionContext): string[] {
	const item = currentItem(context);
	if (item?.kind === 'scenario' && context.scene) return choicesOf(item.machine, context.scene);
	if (item?.kind === 'quiz') return item.questions[context.screen]?.options ?? [];
	return [];
}

/** The option revealed: the trainer's pick, or the one most voted. */
export function roomChoice(context: SessionContext): string {
	const key = tallyKey(context);
	if (!key) return '';
	return context.picked[key] ?? mostVoted(context.tallies[key], optionIds(context));
}

function enterItem(context: SessionContext, index: number): Partial<SessionContext> {
	const item = context.items[index];
	return {
		item: index,
		screen: 0,
		page: 0,
		pages: 1,
		revealAll: false,
		scene: item?.kind === 'scenario' ? firstScene(item.machine) : null,
		...(item?.kind === 'scenario' ? { paths: { ...context.paths, [item.key]: [] } } : {})
	};
}

const pathOf = (context: SessionContext) => context.paths[currentItem(context)?.key ?? ''] ?? [];

export const sessionSetup = setup({
	types: {
		context: {} as SessionContext,
		events: {} as SessionEvent,
		input: {} as { items: ItemOutline[] }
	},
	guards: {
		isKind: ({ context }, params: { kind: ItemOutline['kind'] }) =>
			currentItem(context)?.kind === params.kind,
		isPastLastItem: ({ context }) => context.item >= context.items.length,
		hasPreviousItem: ({ context }) => context.item > 0,
		hasNextPage: ({ context }) => context.page < context.pages - 1,
		hasPreviousPage: ({ context }) => context.page > 0,
		hasNextScreen: ({ context }) => {
			const item = currentItem(context);
			const screens =
				item?.kind === 'lesson' ? item.screens : item?.kind === 'quiz' ? item.questions.length : 1;
			return context.screen < screens - 1;
		},
		hasPreviousScreen: ({ context }) => context.screen > 0,
		sceneHasQuestions: ({ context }) => {
			const item = currentItem(context);
			return item?.kind === 'scenario' && item.questionScenes.includes(context.scene ?? '');
		},
		isAtEnding: ({ context }) => {
			const item = currentItem(context);
			return item?.kind === 'scenario' && isEnding(item.machine, context.scene ?? '');
		},
		hasPreviousScene: ({ context }) => pathOf(context).length > 0,
		previousSceneHasQuestions: ({ context }) => {
			const item = currentItem(context);
			const last = pathOf(context).at(-1);
			return item?.kind === 'scenario' && !!last && item.questionScenes.includes(last.sceneId);
		},
		isOption: ({ context, event }) =>
			'optionId' in event && optionIds(context).includes(event.optionId)
	},
	actions: {
		nextPage: assign({ page: ({ context }) => context.page + 1 }),
		previousPage: assign({ page: ({ context }) => context.page - 1 }),
		resetPage: assign({ page: 0, pages: 1 }),
		nextScreen: assign({ screen: ({ context }) => context.screen + 1, page: 0, pages: 1 }),
		previousScreen: assign({ screen: ({ context }) => context.screen - 1, page: 0, pages: 1 }),
		nextItem: assign(({ context }) => enterItem(context, context.item + 1)),
		previousItem: assign(({ context }) => enterItem(context, Math.max(0, context.item - 1))),
		lastItem: assign(({ context }) => enterItem(context, context.items.length - 1)),
		goToItem: assign(({ context, event }) =>
			event.type === 'item.goto'
				? enterItem(context, Math.min(Math.max(0, event.index), context.items.length))
				: {}
		),
		endSession: assign({ item: ({ context }) => context.items.length, scene: null, blank: false }),
		setPages: assign({
			pages: ({ context, event }) =>
				event.type === 'layout.measure' ? Math.max(1, Math.trunc(event.pages)) : context.pages,
			page: ({ context, event }) =>
				event.type === 'layout.measure'
					? Math.min(context.page, Math.max(1, Math.trunc(event.pages)) - 1)
					: context.page
		}),
		toggleBlank: assign({ blank: ({ context }) => !context.blank }),
		toggleRevealAll: assign({ revealAll: ({ context }) => !context.revealAll }),
		setTally: assign({
			tallies: ({ context, event }) => {
				const key = tallyKey(context);
				if (!key || event.type !== 'tally.set') return context.tallies;
				return {
					...context.tallies,
					[key]: setCount(context.tallies[key], event.optionId, event.count)
				};
			}
		}),
		addTally: assign({
			tallies: ({ context, event }) => {
				const key = tallyKey(context);
				if (!key || event.type !== 'tally.add') return context.tallies;
				return {
					...context.tallies,
					[key]: addCount(context.tallies[key], event.optionId, event.delta)
				};
			}
		}),
		pickOption: assign({
			picked: ({ context, event }) => {
				const key = tallyKey(context);
				if (!key || event.type !== 'option.pick') return context.picked;
				return { ...context.picked, [key]: event.optionId };
			}
		}),
		followRoomChoice: assign(({ context }) => {
			const item = currentItem(context);
			if (item?.kind !== 'scenario' || !context.scene) return {};
			const choiceId = roomChoice(context);
			const next = followChoice(item.machine, context.scene, choiceId);
			return {
				scene: next.sceneId,
				page: 0,
				pages: 1,
				revealAll: false,
				paths: {
					...context.paths,
					[item.key]: [...pathOf(context), { sceneId: context.scene, choiceId }]
				}
			};
		}),
		backToPreviousScene: assign(({ context }) => {
			const item = currentItem(context);
			const path = pathOf(context);
			const last = path.at(-1);
			if (item?.kind !== 'scenario' || !last) return {};
			return {
				scene: last.sceneId,
				page: 0,
				pages: 1,
				paths: { ...context.paths, [item.key]: path.slice(0, -1) }
			};
		})
	}
});

/** "Next": first the rest of a long screen, then `then`. */
const next = (then: object) => [{ guard: 'hasNextPage', actions: 'nextPage' }, then] as const;
const previous = (then: object | object[]) =>
	[{ guard: 'hasPreviousPage', actions: 'previousPage' }, ...[then].flat()] as const;
const toPreviousItem = [
	{ guard: 'hasPreviousItem', target: '#session.routing', actions: 'previousItem' }
] as const;
const tallyEvents = {
	'tally.set': { guard: 'isOption', actions: 'setTally' },
	'tally.add': { guard: 'isOption', actions: 'addTally' }
} as const;

export const sessionMachine = sessionSetup.createMachine({
	id: 'session',
	context: ({ input }) => ({
		items: input.items,
		item: 0,
		screen: 0,
		page: 0,
		pages: 1,
		scene: null,
		paths: {},
		tallies: {},
		picked: {},
		revealAll: false,
		blank: false,
		...enterItemFor(input.items)
	}),
	initial: 'routing',
	on: {
		'screen.blank': { actions: 'toggleBlank' },
		'layout.measure': { actions: 'setPages' },
		'item.goto': { target: '.routing', actions: 'goToItem' },
		'session.end': { target: '.finished', actions: 'endSession' }
	},
	states: {
		routing: {
			always: [
				{ guard: 'isPastLastItem', target: 'finished' },
				{ guard: { type: 'isKind', params: { kind: 'lesson' } }, target: 'lesson' },
				{ guard: { type: 'isKind', params: { kind: 'scenario' } }, target: 'scenario' },
				{ guard: { type: 'isKind', params: { kind: 'quiz' } }, target: 'quiz' },
				{ target: 'echange' }
			]
		},
		lesson: {
			tags: ['screen'],
			on: {
				'screen.next': [
					...next({ guard: 'hasNextScreen', actions: 'nextScreen' }),
					{ target: 'routing', actions: 'nextItem' }
				],
				'screen.previous': [
					...previous({ guard: 'hasPreviousScreen', actions: 'previousScreen' }),
					...toPreviousItem
				]
			}
		},
		echange: {
			tags: ['screen'],
			on: {
				'screen.next': [...next({ target: 'routing', actions: 'nextItem' })],
				'screen.previous': [...previous(toPreviousItem)]
			}
		},
		scenario: {
			initial: 'situation',
			states: {
				situation: {
					tags: ['situation'],
					on: {
						'screen.next': [
							...next({ guard: 'isAtEnding', target: 'ending', actions: 'resetPage' }),
							{ target: 'choices', actions: 'resetPage' }
						],
						'screen.previous': [
							...previous([
								{
									guard: 'previousSceneHasQuestions',
									target: 'questions',
									actions: 'backToPreviousScene'
								},
								{ guard: 'hasPreviousScene', target: 'reveal', actions: 'backToPreviousScene' },
								...toPreviousItem
							])
						]
					}
				},
				choices: {
					tags: ['choices'],
					on: {
						'screen.next': [...next({ target: 'tally', actions: 'resetPage' })],
						'screen.previous': [...previous({ target: 'situation', actions: 'resetPage' })]
					}
				},
				tally: {
					tags: ['tally'],
					on: {
						...tallyEvents,
						'reveal.show': { target: 'reveal', actions: 'resetPage' },
						'screen.next': [...next({ target: 'reveal', actions: 'resetPage' })],
						'screen.previous': [...previous({ target: 'choices', actions: 'resetPage' })]
					}
				},
				reveal: {
					tags: ['reveal'],
					on: {
						'option.pick': { guard: 'isOption', actions: 'pickOption' },
						'reveal.all': { actions: 'toggleRevealAll' },
						'screen.next': [
							...next({ guard: 'sceneHasQuestions', target: 'questions', actions: 'resetPage' }),
							{ target: 'advance' }
						],
						'screen.previous': [...previous({ target: 'tally', actions: 'resetPage' })]
					}
				},
				questions: {
					tags: ['questions'],
					on: {
						'screen.next': [...next({ target: 'advance' })],
						'screen.previous': [...previous({ target: 'reveal', actions: 'resetPage' })]
					}
				},
				advance: {
					entry: 'followRoomChoice',
					always: [{ guard: 'isAtEnding', target: 'ending' }, { target: 'situation' }]
				},
				ending: {
					tags: ['ending'],
					on: {
						'screen.next': [...next({ target: '#session.routing', actions: 'nextItem' })],
						'screen.previous': [
							...previous([
								{
									guard: 'previousSceneHasQuestions',
									target: 'questions',
									actions: 'backToPreviousScene'
								},
								{ guard: 'hasPreviousScene', target: 'reveal', actions: 'backToPreviousScene' },
								...toPreviousItem
							])
						]
					}
				}
			}
		},
		quiz: {
			initial: 'question',
			states: {
				question: {
					tags: ['question'],
					on: {
						'screen.next': [...next({ target: 'tally', actions: 'resetPage' })],
						'screen.previous': [
							...previous([
								{ guard: 'hasPreviousScreen', target: 'answers', actions: 'previousScreen' },
								...toPreviousItem
							])
						]
					}
				},
				tally: {
					tags: ['tally'],
					on: {
						...tallyEvents,
						'reveal.show': { target: 'answers', actions: 'resetPage' },
						'screen.next': [...next({ target: 'answers', actions: 'resetPage' })],
						'screen.previous': [...previous({ target: 'question', actions: 'resetPage' })]
					}
				},
				answers: {
					tags: ['answers'],
					on: {
						'reveal.all': { actions: 'toggleRevealAll' },
						'screen.next': [
							...next({ guard: 'hasNextScreen', target: 'question', actions: 'nextScreen' }),
							{ target: '#session.routing', actions: 'nextItem' }
						],
						'screen.previous': [...previous({ target: 'tally', actions: 'resetPage' })]
					}
				}
			}
		},
		finished: {
			tags: ['finished'],
			on: {
				'screen.previous': { guard: 'hasPreviousItem', target: 'routing', actions: 'lastItem' }
			}
		}
	}
});

function enterItemFor(items: ItemOutline[]): Partial<SessionContext> {
	const first = items[0];
	return first?.kind === 'scenario'
		? { scene: firstScene(first.machine), paths: { [first.key]: [] } }
		: {};
}

export type SessionMachine = typeof sessionMachine;
