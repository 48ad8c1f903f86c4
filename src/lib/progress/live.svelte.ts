// Bridge between the repository (Dexie, loaded lazily after first paint) and components.
// Components read `progress.lessons`, `progress.lastPosition`, `progress.problem` and call
// the intention-named actions; nothing here runs during prerender.
import type { Bookmark } from './db';
import type { ProgressRepository } from './repository';
import { mayHoldData } from './stored';
import type { LastPosition, LessonState, StorageProblem } from './types';

let loading: Promise<ProgressRepository> | null = null;
/** Reads put off because nothing was stored: they run when the repository first loads. */
const waiting: ((repo: ProgressRepository) => void)[] = [];

/** The repository; the first call (a write, or a page with data to read) loads the database code. */
export const repository = () =>
	(loading ??= import('./repository').then(({ progressRepository }) => {
		for (const read of waiting.splice(0)) read(progressRepository);
		tellOtherTabs();
		return progressRepository;
	}));

// A tab that found nothing stored waits; when another tab starts storing, it follows (a lesson
// marked done in one tab shows in the other, as on later visits).
const CHANNEL = 'reperes-stockage';
let listening = false;

function tellOtherTabs() {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage('en-service');
	channel.close();
}

function followOtherTabs() {
	if (listening || typeof BroadcastChannel === 'undefined') return;
	listening = true;
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = () => {
		channel.close();
		void repository();
	};
}

/** The repository when the device may hold data; null on a first visit, without loading it. */
export const storedRepository = async (): Promise<ProgressRepository | null> =>
	loading || (await mayHoldData()) ? repository() : null;

/**
 * Runs a read that fills the page: at once when the device may hold data; otherwise
 * `nothingYet` runs now and the read waits for the first write (which loads the repository).
 * Returns the function that cancels it.
 */
export function whenStored(
	read: (repo: ProgressRepository) => void,
	nothingYet: () => void = () => {}
): () => void {
	let cancelled = false;
	const run = (repo: ProgressRepository) => {
		if (!cancelled) read(repo);
	};
	void (async () => {
		const stored = await storedRepository();
		if (stored) return run(stored);
		// Checked again after the wait: a write may have started loading in between.
		if (loading) return run(await loading);
		if (!cancelled) nothingYet();
		waiting.push(run);
		followOtherTabs();
	})();
	return () => {
		cancelled = true;
	};
}

class LiveProgress {
	/** States of the lessons this device has seen; absent means "non commencée". */
	lessons = $state.raw<Record<string, LessonState>>({});
	lastPosition = $state.raw<LastPosition | null>(null);
	/** When each finished lesson was marked done, to tell what changed since (ms since 1970). */
	completions = $state.raw<Record<string, number>>({});
	/** Finished scenarios and knowledge checks, as `scenario:<id>` / `quiz:<id>`. */
	activities = $state.raw<Set<string>>(new Set());
	/** Sheets kept in "Mes repères", newest first. */
	bookmarks = $state.raw<Bookmark[]>([]);
	/** The last storage problem reported; kept until the next one (never lost to a late listener). */
	problem = $state.raw<StorageProblem | null>(null);
	/** The reader hid the notice; the next problem shows it again. */
	problemDismissed = $state(false);
	/** True once stored progress has been read (or found unavailable). */
	loaded = $state(false);

	reportProblem(problem: StorageProblem) {
		this.problem = problem;
		this.problemDismissed = false;
	}

	dismissProblem() {
		this.problemDismissed = true;
	}

	stateOf(lessonId: string): LessonState {
		return this.lessons[lessonId] ?? 'non-commencee';
	}

	/** Counts finished items: lesson ids and activity keys (`scenario:x`, `quiz:y`) alike. */
	countDone(itemIds: string[]) {
		return itemIds.filter((id) => this.lessons[id] === 'terminee' || this.activities.has(id))
			.length;
	}

	/** Remembers a finished activity for this visit when the device could not store it. */
	rememberActivity(key: string) {
		if (!this.activities.has(key)) this.activities = new Set([...this.activities, key]);
	}

	/** Keeps a change visible for this visit when the device could not store it. */
	private remember(lessonId: string, state: LessonState) {
		this.lessons = { ...this.lessons, [lessonId]: state };
	}

	async markLessonDone(lessonId: string) {
		if (!(await (await repository()).markLessonDone(lessonId))) this.remember(lessonId, 'terminee');
	}

	async markLessonNotDone(lessonId: string) {
		if (!(await (await repository()).markLessonNotDone(lessonId)))
			this.remember(lessonId, 'en-cours');
	}

	/** A lesson opened on a first visit reads "En cours" before anything is stored. */
	showOpened(lessonId: string) {
		if (!this.lessons[lessonId]) this.remember(lessonId, 'en-cours');
	}

	async recordLessonOpened(lessonId: string) {
		const saved = await (await repository()).recordLessonOpened(lessonId);
		if (!saved && !this.lessons[lessonId]) this.remember(lessonId, 'en-cours');
	}

	async saveLastPosition(lessonId: string, scroll: number) {
		if (!(await (await repository()).saveLastPosition(lessonId, scroll))) {
			this.lastPosition = { lessonId, scroll, at: Date.now() };
		}
	}

	isBookmarked(id: string) {
		return this.bookmarks.some((bookmark) => bookmark.id === id);
	}

	async toggleBookmark(bookmark: { id: string; titre: string; href: string }) {
		const kept = await (await repository()).toggleBookmark(bookmark);
		// Not stored: keep the change for this visit, as for lessons.
		if (kept === null) {
			this.bookmarks = this.isBookmarked(bookmark.id)
				? this.bookmarks.filter((b) => b.id !== bookmark.id)
				: [{ ...bookmark, at: Date.now() }, ...this.bookmarks];
		}
	}

	/** The stored position, read directly (the live one may not have arrived yet). */
	async readLastPosition(): Promise<LastPosition | null> {
		return (await (await repository()).readLastPosition()) ?? this.lastPosition;
	}

	/** Starts the live subscriptions; returns the function that stops them. */
	connect(aliases: Record<string, string>): () => void {
		const stops: (() => void)[] = [];
		let stopped = false;
		// Installing the app is the other moment to ask the browser to keep our data.
		const onInstalled = () => void repository().then((repo) => repo.askPersistenceAgain());
		window.addEventListener('appinstalled', onInstalled);
		stops.push(() => window.removeEventListener('appinstalled', onInstalled));
		// A first visit has nothing to read: the page shows "non commencée" everywhere and
		// subscribes once the reader's first action has stored something.
		const follow = async (repo: ProgressRepository) => {
			stops.push(repo.onProblem((problem) => this.reportProblem(problem)));
			await repo.followRenamedLessons(aliases);
			const [states, position, activities, bookmarks] = await Promise.all([
				repo.watchLessonStates(),
				repo.watchLastPosition(),
				repo.watchCompletedActivities(),
				repo.watchBookmarks()
			]);
			if (stopped) return;
			if (states) {
				const subscription = states.subscribe({
					next: (value) => {
						this.lessons = value;
						this.loaded = true;
					},
					error: () => this.reportProblem({ kind: 'echec' })
				});
				stops.push(() => subscription.unsubscribe());
			} else {
				this.loaded = true;
			}
			if (position) {
				const subscription = position.subscribe({ next: (value) => (this.lastPosition = value) });
				stops.push(() => subscription.unsubscribe());
			}
			const completions = await repo.watchLessonCompletions();
			if (completions && !stopped) {
				const subscription = completions.subscribe({ next: (value) => (this.completions = value) });
				stops.push(() => subscription.unsubscribe());
			}
			if (bookmarks) {
				const subscription = bookmarks.subscribe({ next: (value) => (this.bookmarks = value) });
				stops.push(() => subscription.unsubscribe());
			}
			if (activities) {
				const subscription = activities.subscribe({
					next: (value) => (this.activities = new Set(value))
				});
				stops.push(() => subscription.unsubscribe());
			}
		};
		stops.push(
			whenStored(
				(repo) => void follow(repo),
				() => (this.loaded = true)
			)
		);
		return () => {
			stopped = true;
			stops.forEach((stop) => stop());
		};
	}
}

export const progress = new LiveProgress();
