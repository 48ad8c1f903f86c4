// The storage notice offers "Sauvegarder dans un fichier" exactly where the stored data can
// still be read: a full disk, a failed write, rows kept aside, a rebuilt database.
import { describe, expect, it } from 'vitest';
import { offersBackup } from '$lib/progress/storage-messages';
import type { StorageProblem } from '$lib/progress/types';

describe('storage notice', () => {
	it('offers a backup file where the data can still be read, never where it cannot', () => {
		const offered: StorageProblem[] = [
			{ kind: 'plein', stored: 'intact' },
			{ kind: 'echec' },
			{ kind: 'reprise', count: 2 },
			{ kind: 'restauree', count: 3 }
		];
		const notOffered: StorageProblem[] = [
			{ kind: 'indisponible' },
			{ kind: 'bloquee' },
			{ kind: 'version' },
			{ kind: 'migration' },
			{ kind: 'effacee', copie: true },
			{ kind: 'fermee', copie: false }
		];
		expect(offered.map(offersBackup)).toEqual(offered.map(() => true));
		expect(notOffered.map(offersBackup)).toEqual(notOffered.map(() => false));
	});
});
