// Where a scenario goes after the room's choice, asked of the scenario engine itself: the
// compiled machine config and the one scenario `setup()` (machine.ts), never re-interpreted.
import { getNextSnapshot } from 'xstate';
import { createScenarioMachine, type ScenarioMachine } from '$lib/scenario/machine';
import type { MachineConfig } from '$lib/scenario/machine-config';

const machines = new WeakMap<MachineConfig, ScenarioMachine>();

function machineOf(config: MachineConfig): ScenarioMachine {
	let machine = machines.get(config);
	if (!machine) {
		machine = createScenarioMachine(config);
		machines.set(config, machine);
	}
	return machine;
}

const sceneOf = (value: unknown) => (value as { play: string }).play;

/** The scene a scenario opens on. */
export const firstScene = (config: MachineConfig) => config.states.play.initial;

/** The scene reached by `choiceId` in `sceneId` (through its feedback step), and whether it ends. */
export function followChoice(config: MachineConfig, sceneId: string, choiceId: string) {
	const machine = machineOf(config);
	const at = machine.resolveState({ value: { play: sceneId }, context: { path: [] } });
	const feedback = getNextSnapshot(machine, at, { type: 'choice.select', choiceId });
	const next = getNextSnapshot(machine, feedback, { type: 'feedback.continue' });
	return { sceneId: sceneOf(next.value), ending: next.hasTag('ending') };
}

export function isEnding(config: MachineConfig, sceneId: string): boolean {
	return config.states.play.states[sceneId]?.tags[0] === 'ending';
}

/** Choice ids of a scene, in authored order (the order the room sees them lettered). */
export function choicesOf(config: MachineConfig, sceneId: string): string[] {
	const state = config.states.play.states[sceneId];
	if (!state || !('on' in state) || !('choice.select' in state.on)) return [];
	return state.on['choice.select'].map((transition) => transition.guard.params.choiceId);
}
