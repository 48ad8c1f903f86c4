// The reading speed a reader chose, kept on this device. In localStorage for now: the
// reading-settings store (Dexie) may take it over with the other reading preferences.

export const RATES = [
	{ value: 0.8, label: 'Lente' },
	{ value: 1, label: 'Normale' },
	{ value: 1.25, label: 'Rapide' },
	{ value: 1.5, label: 'Très rapide' }
] as const;

export const SPEED_KEY = 'reperes-lecture-vitesse';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved rate when it is one of RATES, else the normal one (storage may be refused). */
export function savedRate(store: Store = localStorage): number {
	try {
		const saved = Number(store.getItem(SPEED_KEY));
		return RATES.some(({ value }) => value === saved) ? saved : 1;
	} catch {
		return 1;
	}
}

export function saveRate(rate: number, store: Store = localStorage) {
	try {
		store.setItem(SPEED_KEY, String(rate));
	} catch {
		// A full or refused storage only loses the preference, never the reading.
	}
}
