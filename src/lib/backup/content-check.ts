// Rows that point at content the course no longer holds (a lesson removed, a scenario renamed
// without alias) are not restored among the rest: they are kept aside, and counted in the preview.
import type { Row } from './row-checks';

/** Ids of what the course holds now, from the build (`/mon-parcours/sauvegarde/` data). */
export interface KnownContent {
	lessons: string[];
	scenarios: string[];
	quizzes: string[];
	sheets: string[];
}

export interface SetAsideRow {
	table: string;
	row: Row;
}

/** The content a row refers to, as `lesson:<id>`, `scenario:<id>`…; null when it names none. */
function contentOf(table: string, row: Row): string | null {
	switch (table) {
		case 'lessons':
		case 'lessonNotes':
			return `lesson:${row.id}`;
		case 'runs':
			return `${row.kind}:${row.subject}`;
		case 'completed':
			return String(row.key);
		case 'bookmarks': {
			const [kind, id] = String(row.id).split(/:(.*)/s);
			return kind === 'fiche' ? `sheet:${id}` : kind === 'lecon' ? `lesson:${id}` : null;
		}
		default:
			return null;
	}
}

export function knownContentSet(known: KnownContent): Set<string> {
	return new Set([
		...known.lessons.map((id) => `lesson:${id}`),
		...known.scenarios.map((id) => `scenario:${id}`),
		...known.quizzes.map((id) => `quiz:${id}`),
		...known.sheets.map((id) => `sheet:${id}`)
	]);
}

/** Splits the rows into those the course still knows and those set aside. */
export function splitByContent(
	tables: Record<string, Row[]>,
	known: Set<string>
): { kept: Record<string, Row[]>; setAside: SetAsideRow[] } {
	const kept: Record<string, Row[]> = {};
	const setAside: SetAsideRow[] = [];
	for (const [table, rows] of Object.entries(tables)) {
		kept[table] = rows.filter((row) => {
			const content = contentOf(table, row);
			if (content === null || known.has(content)) return true;
			setAside.push({ table, row });
			return false;
		});
	}
	return { kept, setAside };
}
