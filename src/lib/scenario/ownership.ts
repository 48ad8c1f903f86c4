// One tab at a time plays a given scenario: two tabs appending to the same run wrote two
// choices in one scene (reliability review §1b). The owner holds a Web Lock named after the
// scenario for as long as its player is mounted; another tab is told, and may take it over
// (the lock is stolen, and the former owner is told in turn).

export const lockName = (scenarioId: string) => `reperes:scenario:${scenarioId}`;

export class RunOwnership {
	readonly #name: string;
	readonly #onLost: () => void;
	#release: (() => void) | null = null;

	constructor(name: string, onLost: () => void) {
		this.#name = name;
		this.#onLost = onLost;
	}

	/** Resolves whether this tab now owns the scenario (always true without Web Locks). */
	claim({ takeOver = false } = {}): Promise<boolean> {
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks) return Promise.resolve(true);
		this.release();
		return new Promise<boolean>((resolve) => {
			locks
				.request(this.#name, takeOver ? { steal: true } : { ifAvailable: true }, (lock) => {
					if (!lock) return resolve(false);
					resolve(true);
					return new Promise<void>((release) => (this.#release = release));
				})
				.catch(() => {
					// AbortError: another tab took the scenario over.
					this.#release = null;
					this.#onLost();
				});
		});
	}

	release() {
		this.#release?.();
		this.#release = null;
	}
}
