// Reads a backup file's text and decides, before anything is written, whether it can be used:
// size, nesting, JSON, format, version, checksum, every row, and the content it points at.
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	MAX_DEPTH,
	checksumOf,
	scanJson,
	type BackupFile
} from './file-format';
import { migrateBackup } from './migrate';
import { checkRow, isObject, type Row, type TableKey } from './row-checks';
import { splitByContent, type SetAsideRow } from './content-check';
import type { BackupProblem } from './messages';

export interface RestoreTarget {
	/** The database version of this app (Dexie `verno`). */
	schemaVersion: number;
	/** Every table of the database, with its primary key. */
	tables: Record<string, TableKey>;
	/** Content ids the course holds now, as built by `knownContentSet`. */
	known: Set<string>;
}

export interface ReadableBackup {
	exportedAt: string;
	/** The rows to restore, per table of this database. */
	tables: Record<string, Row[]>;
	/** Rows about content the course no longer holds: kept aside, never silently dropped. */
	setAside: SetAsideRow[];
}

export type ReadResult =
	{ ok: true; backup: ReadableBackup } | { ok: false; problem: BackupProblem };

const refuse = (problem: BackupProblem): ReadResult => ({ ok: false, problem });

export async function readBackup(text: string, target: RestoreTarget): Promise<ReadResult> {
	// Counted in UTF-16 units: a bound at least as strict as the byte size for ASCII JSON.
	if (text.length > MAX_BACKUP_BYTES) return refuse({ kind: 'trop-gros' });
	const scan = scanJson(text);
	if (scan.depth > MAX_DEPTH) return refuse({ kind: 'trop-imbrique' });
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return refuse({
			kind: text.trimStart().startsWith('{') && scan.unclosed ? 'tronque' : 'pas-json'
		});
	}
	if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT)
		return refuse({ kind: 'pas-sauvegarde' });
	const version = parsed.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return refuse({ kind: 'inconnue' });
	if (version > BACKUP_VERSION) return refuse({ kind: 'future' });

	const { checksum, ...body } = parsed;
	if (typeof checksum !== 'string' || checksum !== (await checksumOf(body)))
		return refuse({ kind: 'somme' });

	const file = migrateBackup(parsed as unknown as BackupFile);
	if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt)))
		return refuse({ kind: 'donnee', table: 'fichier', index: 0, field: 'exportedAt' });
	if (!Number.isInteger(file.schemaVersion))
		return refuse({ kind: 'donnee', table: 'fichier', index: 0, field: 'schemaVersion' });
	if (file.schemaVersion > target.schemaVersion) return refuse({ kind: 'future' });
	if (!isObject(file.tables))
		return refuse({ kind: 'donnee', table: 'fichier', index: 0, field: 'tables' });

	const tables: Record<string, Row[]> = {};
	for (const [table, rows] of Object.entries(file.tables)) {
		const key = target.tables[table];
		// A table this database does not have can only come from elsewhere: refuse, name it.
		if (!key || !Array.isArray(rows))
			return refuse({ kind: 'donnee', table, index: 0, field: table });
		for (const [index, row] of rows.entries()) {
			const field = checkRow(table, key, row);
			if (field) return refuse({ kind: 'donnee', table, index, field });
		}
		tables[table] = rows;
	}
	const { kept, setAside } = splitByContent(tables, target.known);
	return { ok: true, backup: { exportedAt: file.exportedAt, tables: kept, setAside } };
}
