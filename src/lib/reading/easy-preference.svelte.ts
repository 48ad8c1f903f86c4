// The reader's "Facile à lire" choice: one of the reading settings (stored in the database,
// mirrored for the first paint), kept behind this small module so its users need not know.
import { readingSettings } from './reading-settings.svelte';

/** Reactive: components reading `easyPreference.on` follow every change. */
export const easyPreference = {
	/**
	 * Reads the stored choice; called once the page runs (the header's switch does it). Until
	 * then the page shows the standard text, as prerendered, so hydration meets the same state.
	 */
	restore() {
		readingSettings.connect();
	},
	get on() {
		return readingSettings.current.facileALire;
	},
	set on(value: boolean) {
		// A failed write shows the storage notice; the switch still works for this visit.
		void readingSettings.update({ facileALire: value });
	}
};
