// The synchronous copy of the reading settings in localStorage. The database (Dexie) is the
// record; this copy exists only so the inline script of src/app.html can put the settings on
// <html> before the first paint, before any module loads. It holds the data attributes
// themselves (toDataset), so that script stays a few lines that know no setting.
import { fromDataset, toDataset, type ReadingSettings } from './settings';

/** Read by the inline script of src/app.html too: keep both in step. */
export const MIRROR_KEY = 'reperes-reglages';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage where it exists and answers (private modes may throw on access). */
export function mirrorStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** The mirrored settings, or null when there is no copy (or an unreadable one). */
export function readMirror(storage: Storage | null): ReadingSettings | null {
	try {
		const text = storage?.getItem(MIRROR_KEY);
		if (!text) return null;
		const dataset = JSON.parse(text) as unknown;
		if (!dataset || typeof dataset !== 'object') return null;
		return fromDataset(dataset as Record<string, string>);
	} catch {
		return null;
	}
}

/** Keeps the copy; false when the browser refused (full or blocked storage). */
export function writeMirror(storage: Storage | null, settings: ReadingSettings): boolean {
	try {
		if (!storage) return false;
		const dataset = toDataset(settings);
		if (Object.keys(dataset).length === 0) storage.removeItem(MIRROR_KEY);
		else storage.setItem(MIRROR_KEY, JSON.stringify(dataset));
		return true;
	} catch {
		return false;
	}
}
