// What the room sees on the current screen, worked out from the session state and the deck:
// one function both windows use, so the presenter and the notes view always agree.
import type {
	CompiledChoice,
	CompiledScene,
	CompiledOption,
	CompiledQuestion
} from '$lib/scenario/types';
import type { DeckItem } from './deck';
import { roomChoice, tallyKey, type SessionContext } from './session-machine';
import type { Tally } from './tally';

export interface Voting {
	key: string;
	options: { id: string; label: string }[];
	tally: Tally;
}

export function currentScene(
	item: DeckItem | undefined,
	context: SessionContext
): CompiledScene | null {
	return item?.kind === 'scenario' && context.scene
		? (item.scenario.scenes[context.scene] ?? null)
		: null;
}

export function currentQuestion(
	item: DeckItem | undefined,
	context: SessionContext
): CompiledQuestion | null {
	return item?.kind === 'quiz' ? (item.quiz.questions[context.screen] ?? null) : null;
}

/** The options the room votes on now, with their counts. */
export function votingOf(item: DeckItem | undefined, context: SessionContext): Voting | null {
	const key = tallyKey(context);
	if (!key) return null;
	const scene = currentScene(item, context);
	const question = currentQuestion(item, context);
	const options = scene
		? scene.choix.map((choice: CompiledChoice) => ({ id: choice.id, label: choice.libelle }))
		: (question?.options.map((option: CompiledOption) => ({
				id: option.id,
				label: option.texte
			})) ?? []);
	return { key, options, tally: context.tallies[key] ?? {} };
}

/**
 * Whether the room may vote with the printed cards (letters A to D): a scene, or a
 * single-answer check question, with at most four options.
 */
export function cardsCanVote(item: DeckItem | undefined, context: SessionContext): boolean {
	const voting = votingOf(item, context);
	const question = currentQuestion(item, context);
	return (
		!!voting &&
		voting.options.length > 0 &&
		voting.options.length <= 4 &&
		(!question || question.type === 'unique')
	);
}

/** The choice revealed for the scene on screen. */
export function revealedChoice(
	item: DeckItem | undefined,
	context: SessionContext
): CompiledChoice | null {
	const scene = currentScene(item, context);
	const id = roomChoice(context);
	return scene?.choix.find((choice) => choice.id === id) ?? null;
}

/** A few words on what comes after this screen, for the notes view. */
export function nextLabel(deck: DeckItem[], stage: string, context: SessionContext): string {
	const item = deck[context.item];
	const following = deck[context.item + 1];
	const afterItem = following ? `élément suivant : ${following.plan.titre}` : 'fin de la séance';
	if (context.page < context.pages - 1) return 'la suite de cet écran';
	switch (stage) {
		case 'lesson':
			return item?.kind === 'lesson' && context.screen < item.lesson.screens.length - 1
				? `écran « ${item.lesson.screens[context.screen + 1].titre} »`
				: afterItem;
		case 'scenario.situation':
			return 'les choix possibles';
		case 'scenario.choices':
			return 'le vote à main levée';
		case 'scenario.tally':
			return 'la révélation du choix du groupe';
		case 'scenario.reveal':
			return currentScene(item, context)?.questions?.length
				? 'les questions à discuter'
				: 'la scène suivante';
		case 'scenario.questions':
			return 'la scène suivante';
		case 'quiz.question':
			return 'le vote à main levée';
		case 'quiz.tally':
			return 'les bonnes réponses';
		case 'quiz.answers':
			return item?.kind === 'quiz' && context.screen < item.quiz.questions.length - 1
				? 'la question suivante'
				: afterItem;
		case 'finished':
			return 'rien : la séance est terminée';
		default:
			return afterItem;
	}
}
