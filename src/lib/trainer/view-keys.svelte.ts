// Keyboard and plan id plumbing shared by the presenter and the notes view.
import { actionForKey, lettersEnabled, setLettersEnabled, type KeyAction } from './keys';

export class KeyPreference {
	#on = $state(true);
	constructor() {
		this.#on = lettersEnabled();
	}
	get on() {
		return this.#on;
	}
	set on(value: boolean) {
		this.#on = value;
		setLettersEnabled(value);
	}
	action(event: KeyboardEvent): KeyAction | null {
		return actionForKey(event, this.#on);
	}
}

/** `?plan=` is read in the browser: pages are prerendered without query strings. */
export const planIdFromUrl = () =>
	decodeURIComponent(/[?&]plan=([^&#]*)/.exec(location.search)?.[1] ?? '');
