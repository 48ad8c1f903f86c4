// The content ids the course holds at build time: a restored row naming anything else is kept
// aside (content-check.ts). Former lesson ids count as known: the app moves them on next load.
import { aliasMap, course } from '$lib/content/index.server';
import type { KnownContent } from './content-check';

export const knownContent = (): KnownContent => ({
	lessons: [
		...course.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id)),
		...Object.keys(aliasMap)
	],
	scenarios: Object.keys(course.scenarios),
	quizzes: Object.keys(course.quizzes),
	sheets: course.sheets.map((sheet) => sheet.slug)
});
