// At each page start, the settings already on <html> (from the localStorage mirror) meet the
// ones in the database. The database is the record: it wins when it holds settings. When it
// holds none (a first visit, or a browser that erased it) the mirror's settings are stored
// there, so nothing the reader chose is lost.
import { isDefault, sameSettings, type ReadingSettings } from './settings';

export interface Reconciled {
	/** What the page must show. */
	settings: ReadingSettings;
	/** Whether <html> and the mirror must change to show it. */
	apply: boolean;
	/** Whether the database must be written. */
	store: boolean;
}

export function reconcile(onPage: ReadingSettings, stored: ReadingSettings | null): Reconciled {
	if (stored) return { settings: stored, apply: !sameSettings(onPage, stored), store: false };
	return { settings: onPage, apply: false, store: !isDefault(onPage) };
}
