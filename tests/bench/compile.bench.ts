// `vitest bench`: compile time of every scenario and knowledge check of the course
// (YAML parsing, validation, Markdown rendering, machine configs), as the build does it.
import { bench } from 'vitest';
import { parseCompetences, readActivities } from '$lib/content/activities';
import { parseSources } from '$lib/content/validate';

const raw = (files: Record<string, unknown>) => files as Record<string, string>;
const scenarios = raw(
	import.meta.glob('/content/modules/*/*.scenario.yaml', {
		query: '?raw',
		import: 'default',
		eager: true
	})
);
const quizzes = raw(
	import.meta.glob('/content/modules/*/*.quiz.yaml', {
		query: '?raw',
		import: 'default',
		eager: true
	})
);
const sourcesYaml = Object.values(
	import.meta.glob('/content/sources.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string;
const competencesYaml = Object.values(
	import.meta.glob('/content/competences.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string;

const problems: { file: string; message: string }[] = [];
const known = {
	sources: new Set(Object.keys(parseSources(sourcesYaml, problems))),
	competences: new Set(Object.keys(parseCompetences(competencesYaml, problems)))
};

bench(
	`compile all ${Object.keys(scenarios).length} scenarios and ${Object.keys(quizzes).length} knowledge checks`,
	() => {
		const found: typeof problems = [];
		readActivities(scenarios, quizzes, known, found);
		if (found.length) throw new Error(found.map((p) => p.message).join('\n'));
	}
);
