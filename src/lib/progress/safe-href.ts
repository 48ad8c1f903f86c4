// Strings read back from storage are never trusted as markup or links: they are rendered as
// text, and a link is only ever a path of this site (a future import or sync could bring
// anything; a stored `javascript:` bookmark ran when clicked, reliability review §7).

const PROBE_ORIGIN = 'https://reperes.invalid';

/** `href` when it is a path of this site (`/…`), else null: no scheme, no `//host`, no `\`. */
export function sameOriginPath(href: unknown): string | null {
	if (typeof href !== 'string' || !/^\/(?![/\\])/.test(href) || /[\\\s]/.test(href)) return null;
	try {
		const url = new URL(href, PROBE_ORIGIN);
		return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : null;
	} catch {
		return null;
	}
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SHEET_ID = new RegExp(`^fiche:(${SLUG})$`);
const LESSON_ID = new RegExp(`^lecon:(${SLUG})/(${SLUG})$`);

/** Where a bookmark leads: rebuilt from its id for a sheet or a lesson, else its stored path if safe. */
export function bookmarkHref(bookmark: { id: string; href: unknown }): string | null {
	const sheet = SHEET_ID.exec(bookmark.id);
	if (sheet) return `/fiches/${sheet[1]}/`;
	const lesson = LESSON_ID.exec(bookmark.id);
	return lesson ? `/modules/${lesson[1]}/${lesson[2]}/` : sameOriginPath(bookmark.href);
}
