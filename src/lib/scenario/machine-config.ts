// The shape of the machine config the compiler writes (plain JSON, no functions): scenes and
// feedback steps are states of `play`; guards and actions are named and live in machine.ts.

export const PLAY = 'play';
/** Feedback step after choosing `choiceId` in `sceneId`. Scene ids never contain "__". */
export const feedbackState = (sceneId: string, choiceId: string) => `${sceneId}__${choiceId}`;

export interface MachineConfig {
	id: string;
	initial: typeof PLAY;
	context: { path: { sceneId: string; choiceId: string }[] };
	on: { 'scenario.restart': { target: string; reenter: true; actions: 'resetPath' } };
	states: {
		play: {
			initial: string;
			states: Record<string, MachineStateConfig>;
		};
	};
}

export type MachineStateConfig =
	| {
			tags: ['scene'];
			on: {
				'choice.select': {
					guard: { type: 'isChoice'; params: { choiceId: string } };
					target: string;
					actions: { type: 'recordChoice'; params: { sceneId: string; choiceId: string } };
				}[];
			};
	  }
	| { tags: ['feedback']; on: { 'feedback.continue': { target: string } } }
	| { tags: ['ending']; type: 'final' };
