// The build's list of clinical guidance still awaiting a health professional's reading
// (issue 11, point 6): printed at `vite build` and written beside the other build artefacts
// of the tests, so the team sees at each build what remains to have read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { awaitsReview } from './review-status';
import type { Course } from './types';

export const REVIEW_REPORT_FILE = 'tests/.cache/relecture-en-attente.txt';

export interface AwaitingItem {
	kind: 'leçon' | 'mise en situation';
	titre: string;
	file: string;
}

/** Lessons, then scenarios, in course order, marked `clinique` and without `relecture`. */
export function awaitingReview(course: Course): AwaitingItem[] {
	const lessons = course.modules
		.flatMap((module) => module.lessons)
		.filter(awaitsReview)
		.map(({ titre, file }) => ({ kind: 'leçon' as const, titre, file }));
	const scenarios = Object.values(course.scenarios)
		.filter(awaitsReview)
		.sort((a, b) => a.file.localeCompare(b.file))
		.map(({ titre, file }) => ({ kind: 'mise en situation' as const, titre, file }));
	return [...lessons, ...scenarios];
}

export function reviewReport(items: AwaitingItem[]): string {
	if (items.length === 0) return 'Relecture clinique : aucun contenu en attente.\n';
	const lines = items.map((item) => `- ${item.kind} « ${item.titre} » (${item.file})`);
	return (
		`Relecture clinique : ${items.length} contenu(s) en attente de relecture ` +
		`par un professionnel de santé\n${lines.join('\n')}\n`
	);
}

/** Prints the report and writes it to REVIEW_REPORT_FILE (relative to the project root). */
export function publishReviewReport(course: Course, file = REVIEW_REPORT_FILE) {
	const report = reviewReport(awaitingReview(course));
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, report);
	console.log(`\n${report}(liste écrite dans ${file})\n`);
	return report;
}
