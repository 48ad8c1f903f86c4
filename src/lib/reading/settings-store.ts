// The reading settings in the one database: part of the progress repository (composed in
// repository.ts like the GEM contacts). Components use reading-settings.svelte.ts instead.
import type { StoreContext } from '../progress/activity-store';
import { cleanSettings, type ReadingSettings } from './settings';

export function readingSettingsFunctions({
	read,
	write,
	now
}: Pick<StoreContext, 'read' | 'write' | 'now'>) {
	return {
		/** The settings saved on this device, or null when none were ever saved. */
		readReadingSettings(): Promise<ReadingSettings | null> {
			return read(async (db) => {
				const row = await db.settings.get('lecture');
				return row ? cleanSettings(row.value) : null;
			}, null);
		},

		/** Keeps the settings; false when the device could not store them. */
		saveReadingSettings(settings: ReadingSettings): Promise<boolean> {
			return write((db) =>
				db.settings.put({ id: 'lecture', value: cleanSettings(settings), updatedAt: now() })
			);
		}
	};
}
