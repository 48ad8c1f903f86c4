// Remembers where the reader is in a lesson, and brings them back there from "Reprendre".
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { progress } from './live.svelte';
import { mayHoldData } from './stored';

const SAVE_DELAY_MS = 800;
export const RESUME_PARAM = 'reprendre';

const scrollRoom = () => document.documentElement.scrollHeight - window.innerHeight;
const scrolledShare = () => (scrollRoom() > 0 ? window.scrollY / scrollRoom() : 0);

/** Starts tracking a lesson page; returns the cleanup for $effect. */
export function trackReading(lessonId: string): () => void {
	let stopped = false;
	let detach = () => {};
	const start = () => {
		void progress.recordLessonOpened(lessonId);
		detach = saveWhileReading(lessonId);
	};
	void (async () => {
		// Restore first: saving the top of the page now would overwrite the place to go back to.
		await resumeIfAsked(lessonId);
		if (stopped) return;
		if (await mayHoldData()) return start();
		// A first visit stores nothing until the reader reads or acts: the page shows "En cours"
		// now, and the database is not loaded while the lesson appears.
		progress.showOpened(lessonId);
		detach = onFirstSignOfReading(() => {
			if (!stopped) start();
		});
	})();
	return () => {
		stopped = true;
		detach();
	};
}

/** Scrolling, a tap, a key, or leaving the page: calls `then` once; returns the detach. */
function onFirstSignOfReading(then: () => void): () => void {
	const signs: [EventTarget, string][] = [
		[window, 'scroll'],
		[window, 'pointerdown'],
		[window, 'keydown'],
		[window, 'pagehide'],
		[document, 'visibilitychange']
	];
	const detach = () =>
		signs.forEach(([target, type]) => target.removeEventListener(type, once, { capture: true }));
	function once() {
		detach();
		then();
	}
	signs.forEach(([target, type]) =>
		target.addEventListener(type, once, { passive: true, capture: true })
	);
	return detach;
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
	// Saved again once the page has settled: a first visit starts here at the first scroll,
	// and what the first save loads (progress, notes) can still change the page's height.
	timer = setTimeout(save, SAVE_DELAY_MS);
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
	if (position?.lessonId === lessonId) keepPlace(position.scroll);
}

const SETTLE_MS = 2000;

/**
 * Scrolls to a share of the page, and again while the page still grows (the notes and other
 * parts read from the device arrive after it), until the reader moves or it has settled.
 */
function keepPlace(share: number) {
	const go = () => window.scrollTo({ top: share * scrollRoom(), behavior: 'instant' });
	go();
	if (typeof ResizeObserver === 'undefined') return;
	const observer = new ResizeObserver(go);
	const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
		inputs.forEach((type) => window.removeEventListener(type, stop, true));
	};
	const timer = setTimeout(stop, SETTLE_MS);
	inputs.forEach((type) => window.addEventListener(type, stop, { capture: true, passive: true }));
	observer.observe(document.body);
}
