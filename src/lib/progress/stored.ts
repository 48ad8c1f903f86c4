// Whether this device may hold anything of Repères, asked without loading the database code.
// A first visit has nothing to show: its pages then skip the database (about 100 KB of code and
// several long tasks on a slow phone) until the reader does something worth keeping.
import { DB_NAME, MIRROR_KEY } from './storage-names';

export interface StoredProbe {
	/** `indexedDB.databases()`, where the browser has it (Chromium, Safari 14+, Firefox 126+). */
	databases?: () => Promise<{ name?: string }[]>;
	storage?: Pick<Storage, 'getItem'> | null;
}

function browserProbe(): StoredProbe {
	const idb = typeof indexedDB === 'undefined' ? undefined : indexedDB;
	let storage: Storage | null = null;
	try {
		storage = localStorage;
	} catch {
		// Storage disabled: the database question alone decides.
	}
	return { databases: idb?.databases ? () => idb.databases() : undefined, storage };
}

/**
 * False only when the browser says for sure that there is no Repères database and no backup
 * copy (which would have to be restored). Any doubt (no API, an error, no IndexedDB at all,
 * which the repository must report) answers true.
 */
export async function mayHoldData(probe: StoredProbe = browserProbe()): Promise<boolean> {
	try {
		if (probe.storage?.getItem(MIRROR_KEY)) return true;
		if (!probe.databases) return true;
		return (await probe.databases()).some((database) => database.name === DB_NAME);
	} catch {
		return true;
	}
}
