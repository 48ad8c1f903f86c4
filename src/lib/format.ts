const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];

/** "2026-11-22" → "22 novembre 2026"; "2019-06" → "juin 2019"; "2019" stays; "s.d." → "sans date". Same on server and client. */
export function formatDate(iso: string): string {
	if (iso === 's.d.') return 'sans date';
	const [year, month, day] = iso.split('-').map(Number);
	if (!month) return String(year);
	const monthName = MONTHS[month - 1];
	if (!day) return `${monthName} ${year}`;
	return `${day === 1 ? '1er' : day} ${monthName} ${year}`;
}

/**
 * A source title as a reader sees it: a title the bibliography supplied in brackets
 * ("[Article sur …]", the cataloguing convention) loses its brackets, which read as a
 * placeholder on a page.
 */
export function sourceTitle(titre: string): string {
	const trimmed = titre.trim();
	return /^\[[^\]]*\]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
