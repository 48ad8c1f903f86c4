// Turns a key or button action into what the session does, the same in both windows.
import type { KeyAction } from './keys';
import type { SessionEvent } from './session-machine';
import type { Voting } from './screen';

export function eventForAction(
	action: KeyAction,
	stage: string,
	voting: Voting | null
): SessionEvent | null {
	switch (action.type) {
		case 'next':
			return { type: 'screen.next' };
		case 'previous':
			return { type: 'screen.previous' };
		case 'blank':
			return { type: 'screen.blank' };
		case 'reveal':
			return stage.endsWith('.tally') ? { type: 'reveal.show' } : null;
		case 'revealAll':
			return stage === 'scenario.reveal' || stage === 'quiz.answers'
				? { type: 'reveal.all' }
				: null;
		case 'vote': {
			const option = stage.endsWith('.tally') ? voting?.options[action.option] : undefined;
			return option ? { type: 'tally.add', optionId: option.id, delta: 1 } : null;
		}
		default:
			return null;
	}
}
