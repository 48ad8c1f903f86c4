// A lesson cut into projector screens at build time: the text before the first `##`, then one
// screen per `##` section with its callouts, then the "À retenir" boxes together at the end.
// Embedded scenarios and checks are left out: a plan lists them as items of their own.
import { marked } from 'marked';
import { CALLOUT_KINDS, plainInline, splitFrontmatter } from '$lib/content/markdown.js';
import type { Lesson } from '$lib/content/types';
import type { LessonScreens } from './deck';

const html = (markdown: string) => (marked.parse(markdown, { async: false }) as string).trim();
const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CALLOUT = /^:::[ \t]*(\w+)[ \t]*(.*)\r?\n([\s\S]*?)^:::[ \t]*$/gm;
const COMPONENT = /^\s*<(Scenario|Quiz)\b[^>]*\/>\s*$/gm;

export function lessonScreens(lesson: Pick<Lesson, 'id' | 'titre'>, source: string): LessonScreens {
	const retenir: string[] = [];
	const body = splitFrontmatter(source)
		.body.replace(COMPONENT, '')
		.replace(CALLOUT, (_, kind: keyof typeof CALLOUT_KINDS, title: string, inner: string) => {
			if (kind === 'retenir') {
				retenir.push(inner.trim());
				return '';
			}
			const label = CALLOUT_KINDS[kind] + (title.trim() ? ` — ${title.trim()}` : '');
			return `<div class="callout ${kind}" role="note"><p class="callout-title">${escapeHtml(label)}</p>\n\n${inner.trim()}\n\n</div>\n`;
		});
	const screens: LessonScreens['screens'] = [];
	const parts = body.split(/^##[ \t]+(.+?)[ \t]*#*[ \t]*$/m);
	const intro = parts[0].trim();
	if (intro) screens.push({ titre: lesson.titre, html: html(intro) });
	for (let index = 1; index < parts.length; index += 2) {
		screens.push({ titre: plainInline(parts[index]), html: html(parts[index + 1].trim()) });
	}
	if (retenir.length) {
		screens.push({ titre: 'À retenir', html: retenir.map((text) => html(text)).join('\n') });
	}
	return { id: lesson.id, titre: lesson.titre, screens };
}
