// Plays one compiled scenario with XState and keeps its run on the device: the persisted
// snapshot is saved after every step, so a reload resumes at the same step. Loaded only on
// pages that contain a scenario (the player imports it).
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { progress, repository } from '$lib/progress/live.svelte';
import { activityKey } from '$lib/progress/types';
import { createScenarioMachine, type ScenarioMachine } from './machine';
import type { CompiledChoice, CompiledScenario, CompiledScene } from './types';

export type Phase = 'intro' | 'scene' | 'feedback' | 'ending';
type Snapshot = SnapshotFrom<ScenarioMachine>;

export const CHANGED_NOTICE =
	'Ce scénario a été modifié depuis votre dernière visite : il recommence au début. Vos réponses précédentes restent enregistrées.';

export class ScenarioRunner {
	snapshot = $state.raw<Snapshot | null>(null);
	notice = $state<string | null>(null);
	/** True once a stored run has been looked for. */
	ready = $state(false);

	readonly #scenario: CompiledScenario;
	readonly #machine: ScenarioMachine;
	#actor: Actor<ScenarioMachine> | null = null;
	#runId: number | null = null;

	constructor(scenario: CompiledScenario) {
		this.#scenario = scenario;
		this.#machine = createScenarioMachine(scenario.machine);
	}

	/** Name of the current state inside `play`: a scene id, or `scene__choice` for feedback. */
	get stateName(): string | null {
		return this.snapshot ? ((this.snapshot.value as { play: string }).play ?? null) : null;
	}

	get phase(): Phase {
		if (!this.snapshot) return 'intro';
		if (this.snapshot.hasTag('ending')) return 'ending';
		return this.snapshot.hasTag('feedback') ? 'feedback' : 'scene';
	}

	get path() {
		return this.snapshot?.context.path ?? [];
	}

	/** The scene on screen (in feedback: the scene where the choice was made). */
	get scene(): CompiledScene | null {
		const name = this.stateName;
		return name ? this.#scenario.scenes[name.split('__')[0]] : null;
	}

	/** The choice whose feedback is shown. */
	get choice(): CompiledChoice | null {
		const name = this.stateName;
		if (!name?.includes('__')) return null;
		const [sceneId, choiceId] = name.split('__');
		return this.#scenario.scenes[sceneId].choix.find((c) => c.id === choiceId) ?? null;
	}

	/** "Étape N": scenes are numbered in the order this reader meets them. */
	get step(): number {
		return this.phase === 'feedback' ? this.path.length : this.path.length + 1;
	}

	/** Picks up an unfinished run of the same version; a changed scenario restarts cleanly. */
	async load() {
		const run = await (await repository()).latestScenarioRun(this.#scenario.id);
		if (run && !run.endedAt) {
			if (run.version !== this.#scenario.version) {
				this.notice = CHANGED_NOTICE;
			} else {
				try {
					this.#actor = createActor(this.#machine, { snapshot: run.snapshot as Snapshot }).start();
					this.#runId = run.id ?? null;
					this.snapshot = this.#actor.getSnapshot();
				} catch {
					this.#actor = null;
					this.notice = CHANGED_NOTICE;
				}
			}
		}
		this.ready = true;
	}

	async start() {
		this.notice = null;
		this.#actor?.stop();
		this.#actor = createActor(this.#machine).start();
		await this.#newRun();
	}

	select(choiceId: string) {
		const sceneId = this.stateName;
		if (!this.#actor || !sceneId) return;
		this.#actor.send({ type: 'choice.select', choiceId });
		this.snapshot = this.#actor.getSnapshot();
		void this.#save({ choice: { sceneId, choiceId } });
	}

	continue() {
		if (!this.#actor) return;
		this.#actor.send({ type: 'feedback.continue' });
		this.snapshot = this.#actor.getSnapshot();
		const ending = this.phase === 'ending' ? (this.stateName ?? undefined) : undefined;
		if (ending) progress.rememberActivity(activityKey('scenario', this.#scenario.id));
		void this.#save({ ending });
	}

	/** Replays from the start (`scenario.restart`) as a new run; earlier runs stay stored. */
	async restart() {
		if (!this.#actor) return this.start();
		this.notice = null;
		this.#actor.send({ type: 'scenario.restart' });
		await this.#newRun();
	}

	/** Shows the actor's first step and stores it as a new run (earlier runs stay stored). */
	async #newRun() {
		if (!this.#actor) return;
		this.snapshot = this.#actor.getSnapshot();
		this.#runId = await (
			await repository()
		).startScenarioRun(
			this.#scenario.id,
			this.#scenario.version,
			this.#actor.getPersistedSnapshot()
		);
	}

	async #save(step: { choice?: { sceneId: string; choiceId: string }; ending?: string }) {
		if (this.#runId === null || !this.#actor) return;
		await (
			await repository()
		).recordScenarioStep(this.#runId, {
			snapshot: this.#actor.getPersistedSnapshot(),
			...step
		});
	}

	stop() {
		this.#actor?.stop();
	}
}
