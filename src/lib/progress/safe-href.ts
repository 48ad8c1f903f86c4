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

const SHEET_ID = /^fiche:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Where a bookmark leads: rebuilt from its id for a sheet, else its stored path if safe. */
export function bookmarkHref(bookmark: { id: string; href: unknown }): string | null {
	const sheet = SHEET_ID.exec(bookmark.id);
	return sheet ? `/fiches/${sheet[1]}/` : sameOriginPath(bookmark.href);
}
