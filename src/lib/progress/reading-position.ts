// Remembers where the reader is in a lesson, and brings them back there from "Reprendre".
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { progress } from './live.svelte';

const SAVE_DELAY_MS = 800;
export const RESUME_PARAM = 'reprendre';

const scrollRoom = () => document.documentElement.scrollHeight - window.innerHeight;
const scrolledShare = () => (scrollRoom() > 0 ? window.scrollY / scrollRoom() : 0);

/** Starts tracking a lesson page; returns the cleanup for $effect. */
export function trackReading(lessonId: string): () => void {
	let stopped = false;
	let detach = () => {};
	void (async () => {
		void progress.recordLessonOpened(lessonId);
		// Restore first: saving the top of the page now would overwrite the place to go back to.
		await resumeIfAsked(lessonId);
		if (!stopped) detach = saveWhileReading(lessonId);
	})();
	return () => {
		stopped = true;
		detach();
	};
}

function saveWhileReading(lessonId: string) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const save = () => {
		clearTimeout(timer);
		void progress.saveLastPosition(lessonId, scrolledShare());
	};
	const onScroll = () => {
		clearTimeout(timer);
		timer = setTimeout(save, SAVE_DELAY_MS);
	};
	const onHide = () => document.visibilityState === 'hidden' && save();

	save();
	window.addEventListener('scroll', onScroll, { passive: true });
	document.addEventListener('visibilitychange', onHide);
	window.addEventListener('pagehide', save);
	return () => {
		save();
		window.removeEventListener('scroll', onScroll);
		document.removeEventListener('visibilitychange', onHide);
		window.removeEventListener('pagehide', save);
	};
}

/** Arriving with `?reprendre`: scroll back to the saved place, then tidy the address. */
async function resumeIfAsked(lessonId: string) {
	const url = new URL(location.href);
	if (!url.searchParams.has(RESUME_PARAM)) return;
	url.searchParams.delete(RESUME_PARAM);
	replaceState(url, page.state);
	const position = await progress.readLastPosition();
	if (position?.lessonId === lessonId) {
		window.scrollTo({ top: position.scroll * scrollRoom(), behavior: 'instant' });
	}
}
