// The GEM's own contacts (emergency card): part of the one progress repository, composed
// in repository.ts like the activity functions. Stored as typed, shown as text only.
import type { GemContacts } from './db';
import type { StoreContext } from './activity-store';

export type GemContactFields = Omit<GemContacts, 'id' | 'updatedAt'>;

export const EMPTY_GEM_CONTACTS: GemContactFields = {
	adresse: '',
	codePorte: '',
	collegue: '',
	collegueTelephone: '',
	parrain: '',
	parrainTelephone: '',
	cmp: '',
	cmpTelephone: '',
	cmpHoraires: ''
};

/** Trimmed strings only, every field present: what the form gave, nothing else. */
export function cleanGemContacts(fields: Partial<Record<keyof GemContactFields, unknown>>) {
	const clean = { ...EMPTY_GEM_CONTACTS };
	for (const key of Object.keys(clean) as (keyof GemContactFields)[]) {
		const value = fields[key];
		clean[key] = typeof value === 'string' ? value.trim().slice(0, 500) : '';
	}
	return clean;
}

export const hasGemContacts = (fields: GemContactFields) =>
	Object.values(fields).some((value) => value !== '');

export function gemContactFunctions({
	read,
	write,
	now
}: Pick<StoreContext, 'read' | 'write' | 'now'>) {
	return {
		/** The contacts typed on this device, or null when none were saved. */
		readGemContacts(): Promise<GemContactFields | null> {
			return read(async (db) => {
				const row = await db.gemContacts.get('gem');
				return row ? cleanGemContacts(row) : null;
			}, null);
		},

		/** Keeps the contacts on this device; false when they could not be stored. */
		saveGemContacts(fields: GemContactFields): Promise<boolean> {
			return write((db) =>
				db.gemContacts.put({ ...cleanGemContacts(fields), id: 'gem', updatedAt: now() })
			);
		}
	};
}
