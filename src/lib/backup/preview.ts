// What the restore preview lists: one line per kind of data the file holds, in French.
import { tableLabel } from './messages';
import type { ReadableBackup } from './read-backup';

export interface PreviewLine {
	table: string;
	label: string;
	count: number;
}

export function previewLines(backup: ReadableBackup): PreviewLine[] {
	return Object.entries(backup.tables)
		.filter(([, rows]) => rows.length > 0)
		.map(([table, rows]) => ({ table, label: tableLabel(table), count: rows.length }));
}

/** "4 décembre 2026 à 10 h 05", in the reader's time zone. */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	const day = date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
	const time = `${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
	return `${day} à ${time}`;
}
