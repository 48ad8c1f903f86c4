// What the lesson page fetches when the reader chose "Facile à lire" (the `facile.json` route).
import type { TocEntry } from '$lib/content/types';

export interface EasyReadText {
	relueParDesLecteurs: boolean;
	toc: TocEntry[];
	/** Compiled at build from the author's Markdown, which may hold no tag of its own. */
	html: string;
}

/** Where a lesson's easy text lives: beside the lesson, at the same address. */
export const easyReadHref = (lessonPath: string) => `${lessonPath}facile.json`;

/** The easy text of a lesson, from the network or, offline, the service worker's precache. */
export async function fetchEasyRead(lessonPath: string): Promise<EasyReadText | null> {
	try {
		const response = await fetch(easyReadHref(lessonPath));
		return response.ok ? ((await response.json()) as EasyReadText) : null;
	} catch {
		return null;
	}
}
