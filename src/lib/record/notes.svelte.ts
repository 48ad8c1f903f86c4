// Bridge from the live list of lesson notes (Dexie liveQuery) to components: `.current`.
import type { LessonNote } from '$lib/progress/db';
import { repository } from '$lib/progress/live.svelte';

export class LiveNotes {
	current = $state.raw<LessonNote[] | null>(null);

	/** Starts listening; returns the function that stops. */
	connect(): () => void {
		let stop = () => {};
		let stopped = false;
		void (async () => {
			const notes = await (await repository()).watchLessonNotes();
			if (stopped) return;
			if (!notes) {
				this.current = [];
				return;
			}
			const subscription = notes.subscribe({ next: (value) => (this.current = value) });
			stop = () => subscription.unsubscribe();
		})();
		return () => {
			stopped = true;
			stop();
		};
	}
}
