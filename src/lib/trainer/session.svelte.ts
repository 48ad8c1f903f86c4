// One running session, as seen from one window (presenter or notes). Exactly one window runs
// the session machine: the one holding the Web Lock of the plan. It saves every step to the
// device and broadcasts it; the other window mirrors it and sends its key presses to the
// runner. When the runner closes, the lock passes to the other window, which carries on from
// the last state it saw. A reload resumes from the saved snapshot.
import { createActor, type Actor } from 'xstate';
import { loadDeck, outlineOf, type DeckItem } from './deck';
import type { Plan } from './plan';
import { trainerRepository, type SessionTiming, type StoredSession } from './repository';
import {
	sessionMachine,
	type SessionContext,
	type SessionEvent,
	type SessionMachine
} from './session-machine';
import { startTiming, switchItem } from './timing';

/** The part of a snapshot every view reads: plain JSON, the same in both windows. */
export interface SessionView {
	value: string | Record<string, string>;
	context: SessionContext;
}

type Message =
	| { type: 'hello' }
	| { type: 'state'; view: SessionView; timing: SessionTiming }
	| { type: 'event'; event: SessionEvent }
	| { type: 'camera'; on: boolean };

/** "scenario.tally", "lesson", "finished"… */
export function stageOf(view: SessionView | null): string {
	if (!view) return '';
	if (typeof view.value === 'string') return view.value;
	const [parent, child] = Object.entries(view.value)[0];
	return `${parent}.${child}`;
}

export class TrainerSession {
	plan = $state.raw<Plan | null>(null);
	deck = $state.raw<DeckItem[]>([]);
	view = $state.raw<SessionView | null>(null);
	timing = $state.raw<SessionTiming>(startTiming(Date.now()));
	/** True in the window that runs the machine. */
	leading = $state(false);
	problem = $state<string | null>(null);
	missing = $state.raw<string[]>([]);
	/** A room vote with cards runs in one of the windows: the projector says so, nothing more. */
	camera = $state(false);

	readonly #planId: string;
	#actor: Actor<SessionMachine> | null = null;
	#channel: BroadcastChannel | null = null;
	#items: Plan['items'] = [];
	#closed = false;
	#release: (() => void) | null = null;
	#flushPending = false;
	#cameraHere = false;

	constructor(planId: string) {
		this.#planId = planId;
	}

	get stage() {
		return stageOf(this.view);
	}

	get item(): DeckItem | undefined {
		return this.view ? this.deck[this.view.context.item] : undefined;
	}

	async open() {
		const repository = trainerRepository();
		const [plan, stored] = await Promise.all([
			repository.readPlan(this.#planId),
			repository.readSession(this.#planId)
		]);
		if (!plan) {
			this.problem =
				'Ce plan de séance n’existe pas (ou plus) sur cet appareil. Retournez à la liste des plans.';
			return;
		}
		this.plan = plan;
		// A session started earlier keeps the items it started with, so a resumed snapshot fits.
		this.#items = stored?.items ?? plan.items;
		const { items, missing } = await loadDeck(this.#items);
		if (missing.length) {
			this.missing = missing.map((item) => item.titre);
			this.#items = items.map((item) => item.plan);
		}
		this.deck = items;
		if (stored && !missing.length) {
			this.view = stored.snapshot as SessionView;
			this.timing = stored.timing;
		}
		this.#connect();
	}

	#connect() {
		if (typeof window !== 'undefined') window.addEventListener('pagehide', this.#flush);
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(`reperes-seance-${this.#planId}`);
			this.#channel.onmessage = (message: MessageEvent<Message>) => this.#receive(message.data);
			this.#channel.postMessage({ type: 'hello' } satisfies Message);
		}
		const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
		if (!locks) {
			this.#lead();
			return;
		}
		void locks.request(`reperes-seance-${this.#planId}`, () => {
			if (this.#closed) return;
			this.#lead();
			// Held until this window closes (or the view is left).
			return new Promise<void>((resolve) => (this.#release = resolve));
		});
	}

	#receive(message: Message) {
		if (message.type === 'hello' && this.#cameraHere) this.#postCamera();
		if (message.type === 'camera') this.camera = message.on;
		else if (message.type === 'hello' && this.leading) this.#broadcast();
		else if (message.type === 'state' && !this.leading) {
			this.view = message.view;
			this.timing = message.timing;
		} else if (message.type === 'event' && this.leading) this.#actor?.send(message.event);
	}

	/** Takes over: starts the machine from the newest state this window knows. */
	#lead() {
		const outlines = this.deck.map(outlineOf);
		const snapshot = this.view ?? undefined;
		try {
			this.#actor = createActor(sessionMachine, {
				input: { items: outlines },
				...(snapshot ? { snapshot: snapshot as never } : {})
			});
			this.#actor.start();
		} catch {
			this.#actor = createActor(sessionMachine, { input: { items: outlines } }).start();
		}
		this.leading = true;
		this.#actor.subscribe(() => this.#stepped());
		this.#stepped();
	}

	#stepped() {
		if (!this.#actor) return;
		// The whole persisted snapshot (value, context, status…), so any window can resume it.
		const view = this.#actor.getPersistedSnapshot() as unknown as SessionView;
		const now = Date.now();
		const key = view.context.items[view.context.item]?.key ?? null;
		this.timing = switchItem(this.timing, key, now);
		this.view = view;
		// Broadcasting and saving copy the whole snapshot: done after the next paint, so the
		// projector answers a key press first (the bench measures input to next paint).
		if (this.#flushPending) return;
		this.#flushPending = true;
		if (typeof requestAnimationFrame === 'undefined') setTimeout(this.#flush, 0);
		else requestAnimationFrame(() => setTimeout(this.#flush, 0));
	}

	/**
	 * Sends and saves the last step, if not done yet. Also run when the window goes away: a
	 * step taken just before a reload (« Toutes les options », then F5) reaches the other
	 * window, which leads from then on, instead of being lost with the pending frame.
	 */
	#flush = () => {
		if (!this.#flushPending) return;
		this.#flushPending = false;
		this.#broadcast();
		this.#save();
	};

	#save() {
		if (!this.view) return;
		const state: StoredSession = { snapshot: this.view, timing: this.timing, items: this.#items };
		void trainerRepository()
			.saveSession(this.#planId, state)
			.then((saved) => {
				this.problem = saved
					? null
					: 'La séance n’a pas pu être enregistrée sur cet appareil : elle continue, mais un rechargement la ferait repartir du début.';
			});
	}

	#broadcast() {
		// `view` and `timing` are raw state (plain objects): posted as they are.
		if (this.view)
			this.#channel?.postMessage({
				type: 'state',
				view: this.view,
				timing: this.timing
			} satisfies Message);
	}

	send(event: SessionEvent) {
		if (this.leading) this.#actor?.send(event);
		else this.#channel?.postMessage({ type: 'event', event } satisfies Message);
	}

	/** This window turned its camera on or off. */
	setCamera(on: boolean) {
		this.#cameraHere = on;
		this.camera = on;
		this.#postCamera();
	}

	#postCamera() {
		this.#channel?.postMessage({ type: 'camera', on: this.#cameraHere } satisfies Message);
	}

	/** Starts the plan again from its first item (the old tallies are dropped). */
	async restart() {
		await trainerRepository().forgetSession(this.#planId);
		this.timing = startTiming(Date.now());
		this.#actor?.stop();
		this.#actor = null;
		this.view = null;
		if (this.leading) this.#lead();
	}

	close() {
		this.#flush();
		if (typeof window !== 'undefined') window.removeEventListener('pagehide', this.#flush);
		this.#closed = true;
		this.#actor?.stop();
		this.#channel?.close();
		this.#release?.();
	}
}
