// Every easy-to-read text of the course against the thresholds of content/README.md (part 9):
// one `.facile.md` per lesson, an easy answer per labour-law sheet, easy sentences on the
// emergency card. Until every text is written, this test lists the missing ones.
import { describe, expect, it } from 'vitest';
import { course } from '$lib/content/index.server';
import { splitFrontmatter } from '$lib/content/markdown.js';
import { easyReadFindings, measureEasyRead } from '$lib/content/easy-read-metrics';
import { readEmergencyCard } from '$lib/content/urgence.server';

const raw = import.meta.glob('/content/modules/*/*.facile.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const urgence = Object.values(
	import.meta.glob('/content/urgence.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string;

const lessons = course.modules.flatMap((module) => module.lessons);

describe('easy-to-read versions of the lessons', () => {
	it('exist for every lesson', () => {
		const missing = lessons.filter((lesson) => !lesson.facile).map((lesson) => lesson.file);
		expect(missing, 'lessons without their NN-slug.facile.md').toEqual([]);
	});

	it.each(Object.keys(raw).map((key) => [key.slice(1)]))('%s keeps to the easy-to-read thresholds', (file) => {
		const metrics = measureEasyRead(splitFrontmatter(raw[`/${file}`]).body);
		expect(easyReadFindings(metrics), file).toEqual([]);
	});
});

describe('easy-to-read answers of the labour-law sheets', () => {
	it('exist for every sheet', () => {
		const missing = course.sheets.filter((sheet) => !sheet.reponseFacile).map((sheet) => sheet.file);
		expect(missing, 'sheets without reponseFacile').toEqual([]);
	});

	it.each(course.sheets.filter((sheet) => sheet.reponseFacile).map((sheet) => [sheet.file, sheet.reponseFacile!]))(
		'%s: reponseFacile keeps to the thresholds',
		(file, answer) => {
			expect(easyReadFindings(measureEasyRead(answer)), file).toEqual([]);
		}
	);
});

describe('the emergency card in easy-to-read French', () => {
	const card = readEmergencyCard(urgence, course.sources);

	it('has its easy sentences, each within the thresholds', () => {
		expect(card.facile, 'content/urgence.yaml: facile').toBeDefined();
		expect(easyReadFindings(measureEasyRead((card.facile ?? []).map((line) => `- ${line}`).join('\n')))).toEqual([]);
	});
});
