import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReperesDb } from '$lib/progress/db';
import { createProgressRepository } from '$lib/progress/repository';
import { EMPTY_GEM_CONTACTS, cleanGemContacts, hasGemContacts } from '$lib/progress/gem-contacts';

describe("the GEM's own contacts (emergency card)", () => {
	it('are empty at first, then kept on the device as typed, trimmed', async () => {
		const repository = createProgressRepository({ createDb: () => new ReperesDb('contacts-1') });
		expect(await repository.readGemContacts()).toBeNull();
		const typed = { ...EMPTY_GEM_CONTACTS, adresse: '  12 rue des Lilas ', codePorte: '4821B' };
		expect(await repository.saveGemContacts(typed)).toBe(true);
		expect(await repository.readGemContacts()).toEqual({
			...EMPTY_GEM_CONTACTS,
			adresse: '12 rue des Lilas',
			codePorte: '4821B'
		});
		await repository.close();
	});

	it('say so when the device cannot keep them (no IndexedDB), without throwing', async () => {
		const repository = createProgressRepository({
			createDb: () => {
				throw Object.assign(new Error('missing'), { name: 'MissingAPIError' });
			}
		});
		expect(await repository.saveGemContacts({ ...EMPTY_GEM_CONTACTS, adresse: 'x' })).toBe(false);
		expect(await repository.readGemContacts()).toBeNull();
	});

	it('keep only the known fields, as strings', () => {
		const cleaned = cleanGemContacts({
			adresse: 3 as unknown as string,
			cmp: 'CMP',
			extra: 'x'
		} as never);
		expect(cleaned).toEqual({ ...EMPTY_GEM_CONTACTS, cmp: 'CMP' });
		expect(hasGemContacts(cleaned)).toBe(true);
		expect(hasGemContacts(EMPTY_GEM_CONTACTS)).toBe(false);
	});
});
