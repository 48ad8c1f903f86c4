// Bridge between the reading settings and components: `readingSettings.current` is what the
// page shows; `update()` applies a change at once (on <html>, in the mirror), then stores it
// in the database. Nothing here runs during prerender.
import { repository, whenStored } from '$lib/progress/live.svelte';
import type { ProgressRepository } from '$lib/progress/repository';
import { mirrorStorage, readMirror, writeMirror, MIRROR_KEY } from './mirror';
import { reconcile } from './reconcile';
import {
	DEFAULT_SETTINGS,
	applyToRoot,
	cleanSettings,
	fromDataset,
	type ReadingSettings
} from './settings';

class LiveReadingSettings {
	current = $state.raw<ReadingSettings>({ ...DEFAULT_SETTINGS });
	private connected = false;

	/** Reads what the inline script put on <html>, then the database; once per page load. */
	connect() {
		if (this.connected) return () => {};
		this.connected = true;
		this.current = fromDataset(document.documentElement.dataset);
		// Nothing stored yet (a first visit): the mirror is all there is until a first write.
		const cancel = whenStored((repo) => void this.loadStored(repo));
		// Another tab changed the settings: this one follows.
		const onStorage = (event: StorageEvent) => {
			if (event.key !== MIRROR_KEY) return;
			this.show(readMirror(mirrorStorage()) ?? { ...DEFAULT_SETTINGS });
		};
		addEventListener('storage', onStorage);
		return () => {
			removeEventListener('storage', onStorage);
			cancel();
			this.connected = false;
		};
	}

	private async loadStored(repo: ProgressRepository) {
		const result = reconcile(this.current, await repo.readReadingSettings());
		if (result.apply) {
			this.show(result.settings);
			writeMirror(mirrorStorage(), result.settings);
		}
		if (result.store) await repo.saveReadingSettings(result.settings);
	}

	private show(settings: ReadingSettings) {
		this.current = settings;
		applyToRoot(document.documentElement, settings);
	}

	/** Applies a change now; the database write follows (a failure shows the storage notice). */
	async update(change: Partial<ReadingSettings>) {
		const settings = cleanSettings({ ...this.current, ...change });
		this.show(settings);
		writeMirror(mirrorStorage(), settings);
		return (await repository()).saveReadingSettings(settings);
	}

	reset() {
		return this.update({ ...DEFAULT_SETTINGS, facileALire: this.current.facileALire });
	}
}

export const readingSettings = new LiveReadingSettings();
