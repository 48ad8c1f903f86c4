// Bridge from the live list of lesson notes (Dexie liveQuery) to components: `.current`.
import type { LessonNote } from '$lib/progress/db';
import { whenStored } from '$lib/progress/live.svelte';
import type { ProgressRepository } from '$lib/progress/repository';

export class LiveNotes {
	current = $state.raw<LessonNote[] | null>(null);

	/** Starts listening; returns the function that stops. */
	connect(): () => void {
		let stop = () => {};
		let stopped = false;
		const follow = async (repo: ProgressRepository) => {
			const notes = await repo.watchLessonNotes();
			if (stopped) return;
			if (!notes) {
				this.current = [];
				return;
			}
			const subscription = notes.subscribe({ next: (value) => (this.current = value) });
			stop = () => subscription.unsubscribe();
		};
		// A first visit has no notes; the list follows once the first one is written.
		const cancel = whenStored(
			(repo) => void follow(repo),
			() => (this.current = [])
		);
		return () => {
			stopped = true;
			cancel();
			stop();
		};
	}
}
