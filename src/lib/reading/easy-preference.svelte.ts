// The reader's "Facile à lire" choice, remembered on the device. Kept behind this one small
// module so it can move into the reading-settings store later without touching its users.
const KEY = 'reperes:facile-a-lire';

function read(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return false; // storage blocked: the choice lasts for this visit only
	}
}

// Off until restored after mount: prerendered pages show the standard text, and hydration
// must meet the same state the HTML was rendered with.
let easy = $state(false);

/** Reactive: components reading `easyPreference.on` follow every change. */
export const easyPreference = {
	/** Reads the stored choice; called once the page runs (the header's switch does it). */
	restore() {
		easy = read();
	},
	get on() {
		return easy;
	},
	set on(value: boolean) {
		easy = value;
		try {
			if (value) localStorage.setItem(KEY, '1');
			else localStorage.removeItem(KEY);
		} catch {
			// Storage full or blocked: the switch still works until the page is closed.
		}
	}
};
