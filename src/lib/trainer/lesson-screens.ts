// A lesson cut into projector screens, in the browser, from the lesson page the service worker
// already keeps (so nothing is stored twice and it works offline): the text before the first
// `##`, one screen per `##` section with its callouts, then the "À retenir" boxes together.
// Embedded scenarios and checks are left out: a plan lists them as items of their own.

/** Keeps an element's words and drops the element (glossary links become plain words). */
function unwrap(element: Element) {
	element.replaceWith(...Array.from(element.childNodes));
}

/** A lesson cut into projector screens: one `##` section each, then "À retenir". */
export interface LessonScreens {
	id: string;
	titre: string;
	screens: { titre: string; /** HTML rendered at build */ html: string }[];
}

export function lessonScreensFromPage(id: string, pageHtml: string): LessonScreens {
	const document = new DOMParser().parseFromString(pageHtml, 'text/html');
	const titre = document.querySelector('main h1')?.textContent?.trim() ?? '';
	const body = document.querySelector('.lesson-body');
	if (!body) throw new Error(`Leçon sans corps : ${id}`);
	body.querySelectorAll('section.activity, script').forEach((element) => element.remove());
	body.querySelectorAll('a.term').forEach(unwrap);
	// The blocks of build-time HTML the page keeps its text in (StaticPart.svelte): their
	// content is the text's own sequence of headings and paragraphs.
	body.querySelectorAll('[data-static-part]').forEach(unwrap);
	const retenir = Array.from(body.querySelectorAll('.callout.retenir')).map((callout) => {
		callout.remove();
		callout.querySelector('.callout-title')?.remove();
		return callout.innerHTML.trim();
	});
	const screens: LessonScreens['screens'] = [];
	let current = { titre, html: '' };
	for (const node of Array.from(body.childNodes)) {
		if (node instanceof Element && node.tagName === 'H2') {
			if (current.html.trim() || current.titre !== titre) screens.push(current);
			current = { titre: node.textContent?.trim() ?? '', html: '' };
		} else if (node instanceof Element) {
			current.html += node.outerHTML;
		} else if (node.nodeType === 3 && node.textContent?.trim()) {
			current.html += node.textContent;
		}
	}
	if (current.html.trim() || current.titre !== titre) screens.push(current);
	if (retenir.length) screens.push({ titre: 'À retenir', html: retenir.join('') });
	return { id, titre, screens };
}
