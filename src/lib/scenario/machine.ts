// The one `setup()` every scenario machine is created from. Guards are predicates, actions
// imperatives, all named: the compiled configs (machine-config.ts) refer to them by name.
import { assign, setup } from 'xstate';
import type { MachineConfig } from './machine-config';

export interface ScenarioContext {
	path: { sceneId: string; choiceId: string }[];
}

export type ScenarioEvent =
	| { type: 'choice.select'; choiceId: string }
	| { type: 'feedback.continue' }
	| { type: 'scenario.restart' };

export const scenarioSetup = setup({
	types: {
		context: {} as ScenarioContext,
		events: {} as ScenarioEvent
	},
	guards: {
		isChoice: ({ event }, params: { choiceId: string }) =>
			event.type === 'choice.select' && event.choiceId === params.choiceId
	},
	actions: {
		recordChoice: assign({
			path: ({ context }, params: { sceneId: string; choiceId: string }) => [
				...context.path,
				params
			]
		}),
		resetPath: assign({ path: () => [] })
	}
});

export function createScenarioMachine(config: MachineConfig) {
	// The config is JSON written by the compiler; its names match the setup above.
	return scenarioSetup.createMachine(
		config as unknown as Parameters<typeof scenarioSetup.createMachine>[0]
	);
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
