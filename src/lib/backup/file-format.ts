// The backup file: one JSON object, versioned, with a SHA-256 checksum of everything else in it.
// The checksum is computed over `JSON.stringify` of the object without its `checksum` key, so
// any change to a byte that carries data (a flipped digit, a removed field) is caught.

/** Identifies a Repères backup among other JSON files. */
export const BACKUP_FORMAT = 'reperes-sauvegarde';
/** The file layout version. Bump it only with a migration in `migrate.ts` and a fixture. */
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read (a whole record is a few hundred kB). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Deeper nesting than this is refused before parsing (scenario snapshots stay far below). */
export const MAX_DEPTH = 40;

export type TableRows = Record<string, Record<string, unknown>[]>;

export interface BackupBody {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** ISO date of the export. */
	exportedAt: string;
	/** The database version (Dexie `verno`) the rows were read from. */
	schemaVersion: number;
	tables: TableRows;
}

export interface BackupFile extends BackupBody {
	checksum: string;
}

const hex = (buffer: ArrayBuffer) =>
	[...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 (WebCrypto) of the body as JSON, in hexadecimal. */
export async function checksumOf(body: BackupBody | Record<string, unknown>): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(body));
	return `sha256:${hex(await crypto.subtle.digest('SHA-256', bytes))}`;
}

export async function buildBackupFile(
	tables: TableRows,
	schemaVersion: number,
	now: Date
): Promise<BackupFile> {
	const body: BackupBody = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schemaVersion,
		tables
	};
	return { ...body, checksum: await checksumOf(body) };
}

/** Compact on purpose: no whitespace that a corruption could change without being caught. */
export const serializeBackup = (file: BackupFile) => JSON.stringify(file);

export const backupFileName = (now: Date) =>
	`reperes-sauvegarde-${now.toISOString().slice(0, 10)}.json`;

/**
 * Scans the text once, outside strings: how deeply arrays and objects nest (so a hostile file
 * cannot exhaust the stack of `JSON.parse`; counting stops past `limit`), and whether the text
 * ends with brackets or a string still open (a file cut short).
 */
export function scanJson(text: string, limit = MAX_DEPTH): { depth: number; unclosed: boolean } {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') {
			depth++;
			if (depth > max) max = depth;
			if (max > limit) return { depth: max, unclosed: true };
		} else if (char === '}' || char === ']') depth--;
	}
	return { depth: max, unclosed: inString || depth > 0 };
}
