// Plays one compiled scenario with XState and keeps its run on the device: the persisted
// snapshot is saved after every step, so a reload resumes at the same step. Loaded only on
// pages that contain a scenario (the player imports it).
//
// Every save captures its run, snapshot and position synchronously, at the click, and saves
// are chained: a click right after "Commencer" or "Recommencer" goes into the run it was made
// in, and each stored snapshot matches the choices stored with it (reliability review §1c).
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { progress, repository, storedRepository } from '$lib/progress/live.svelte';
import { activityKey } from '$lib/progress/types';
import { createScenarioMachine, type ScenarioMachine } from './machine';
import { RunOwnership, lockName } from './ownership';
import type { CompiledChoice, CompiledScenario, CompiledScene } from './types';

export type Phase = 'intro' | 'scene' | 'feedback' | 'ending';
type Snapshot = SnapshotFrom<ScenarioMachine>;

export const CHANGED_NOTICE =
	'Ce scénario a été modifié depuis votre dernière visite : il recommence au début. Vos réponses précédentes restent enregistrées.';

export const ELSEWHERE_NOTICE = 'Cette mise en situation est ouverte dans un autre onglet.';

export class ScenarioRunner {
	snapshot = $state.raw<Snapshot | null>(null);
	notice = $state<string | null>(null);
	/** True once a stored run has been looked for. */
	ready = $state(false);
	/** Another tab plays this scenario; this one waits until the reader takes it over. */
	elsewhere = $state(false);

	readonly #scenario: CompiledScenario;
	readonly #machine: ScenarioMachine;
	readonly #ownership: RunOwnership;
	#actor: Actor<ScenarioMachine> | null = null;
	/** The current run's id, once stored (null: not stored, the run lives in memory). */
	#run: Promise<number | null> = Promise.resolve(null);
	/** Saves run one after the other, in the order of the clicks. */
	#saving: Promise<unknown> = Promise.resolve();
	/** Stored choices minus path length, for runs written before saves were chained. */
	#choiceOffset = 0;

	constructor(scenario: CompiledScenario) {
		this.#scenario = scenario;
		this.#machine = createScenarioMachine(scenario.machine);
		this.#ownership = new RunOwnership(lockName(scenario.id), () => this.#leave());
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

	/** Takes the scenario for this tab, then picks up its unfinished run. */
	async load() {
		try {
			if (await this.#ownership.claim()) await this.#resume();
			else this.elsewhere = true;
		} finally {
			// Storage out of reach must never leave the player on "Chargement…".
			this.ready = true;
		}
	}

	/** "Continuer dans cet onglet": the other tab stops, this one resumes from what is stored. */
	async takeOver() {
		await this.#ownership.claim({ takeOver: true });
		this.elsewhere = false;
		await this.#resume();
	}

	#leave() {
		this.elsewhere = true;
		this.#ownership.release();
	}

	/** Picks up an unfinished run of the same version; a changed scenario restarts cleanly. */
	async #resume() {
		this.#actor?.stop();
		this.#actor = null;
		this.snapshot = null;
		this.#run = Promise.resolve(null);
		// A first visit has no run to pick up, and does not load the database for it.
		const run = await (await storedRepository())?.latestScenarioRun(this.#scenario.id);
		if (!run || run.endedAt) return;
		if (run.version !== this.#scenario.version) {
			this.notice = CHANGED_NOTICE;
			return;
		}
		try {
			this.#actor = createActor(this.#machine, { snapshot: run.snapshot as Snapshot }).start();
			this.snapshot = this.#actor.getSnapshot();
			this.#run = Promise.resolve(run.id ?? null);
			this.#choiceOffset = run.choices.length - this.path.length;
		} catch {
			this.#actor = null;
			this.notice = CHANGED_NOTICE;
		}
	}

	start() {
		this.notice = null;
		this.#actor?.stop();
		this.#actor = createActor(this.#machine).start();
		return this.#newRun();
	}

	select(choiceId: string) {
		const sceneId = this.stateName;
		if (!this.#actor || !sceneId || this.elsewhere) return;
		this.#actor.send({ type: 'choice.select', choiceId });
		this.snapshot = this.#actor.getSnapshot();
		this.#save({ choice: { sceneId, choiceId } });
	}

	continue() {
		if (!this.#actor || this.elsewhere) return;
		this.#actor.send({ type: 'feedback.continue' });
		this.snapshot = this.#actor.getSnapshot();
		const ending = this.phase === 'ending' ? (this.stateName ?? undefined) : undefined;
		if (ending) progress.rememberActivity(activityKey('scenario', this.#scenario.id));
		this.#save({ ending });
	}

	/** Replays from the start (`scenario.restart`) as a new run; earlier runs stay stored. */
	restart() {
		if (this.elsewhere) return Promise.resolve();
		if (!this.#actor) return this.start();
		this.notice = null;
		this.#actor.send({ type: 'scenario.restart' });
		return this.#newRun();
	}

	/** Shows the actor's first step and stores it as a new run (earlier runs stay stored). */
	#newRun(): Promise<unknown> {
		if (!this.#actor) return Promise.resolve();
		this.snapshot = this.#actor.getSnapshot();
		const snapshot = this.#actor.getPersistedSnapshot();
		const previous = this.#saving;
		this.#choiceOffset = 0;
		// Assigned before any await: a click that follows at once already belongs to this run.
		this.#run = (async () => {
			await previous;
			return (await repository()).startScenarioRun(
				this.#scenario.id,
				this.#scenario.version,
				snapshot
			);
		})();
		this.#saving = this.#run;
		return this.#run;
	}

	#save(step: { choice?: { sceneId: string; choiceId: string }; ending?: string }) {
		if (!this.#actor) return;
		// Captured at the click: the run, the snapshot, and how many choices the run holds before it.
		const run = this.#run;
		const snapshot = this.#actor.getPersistedSnapshot();
		const expectedChoices = this.path.length - (step.choice ? 1 : 0) + this.#choiceOffset;
		this.#saving = this.#saving.then(async () => {
			const runId = await run;
			if (runId === null) return;
			const result = await (
				await repository()
			).recordScenarioStep(runId, { snapshot, expectedChoices, ...step });
			// Another tab moved this run on: stop here rather than write an impossible path.
			if (result === 'conflict') this.#leave();
		});
	}

	/** Resolves once every click so far is stored (or could not be). */
	settled() {
		return this.#saving;
	}

	stop() {
		this.#actor?.stop();
		this.#ownership.release();
	}
}
