// The course, read from content/ once per build. A content error throws here, during
// prerendering, so an invalid file fails `vite build` with a French message.
import { buildCourse } from './validate';
import { activityKey } from '$lib/progress/types';
import type { Course, Lesson, LessonLink, Module, Source } from './types';

const raw = (files: Record<string, unknown>) => files as Record<string, string>;
const single = (files: Record<string, unknown>) => (Object.values(files)[0] as string | undefined) ?? '';

// Vite needs literal glob patterns, hence one call per kind of file.
export const course: Course = buildCourse({
	markdown: raw(import.meta.glob('/content/modules/*/*.md', { query: '?raw', import: 'default', eager: true })),
	scenarios: raw(
		import.meta.glob('/content/modules/*/*.scenario.yaml', { query: '?raw', import: 'default', eager: true })
	),
	quizzes: raw(import.meta.glob('/content/modules/*/*.quiz.yaml', { query: '?raw', import: 'default', eager: true })),
	sources: single(import.meta.glob('/content/sources.yaml', { query: '?raw', import: 'default', eager: true })),
	competences: single(import.meta.glob('/content/competences.yaml', { query: '?raw', import: 'default', eager: true })),
	sheets: raw(import.meta.glob('/content/fiches/*.md', { query: '?raw', import: 'default', eager: true })),
	readArticles: single(
		import.meta.glob('/content/fiches/articles-lus.yaml', { query: '?raw', import: 'default', eager: true })
	),
	sheetRevision: single(import.meta.glob('/content/fiches/revision.yaml', { query: '?raw', import: 'default', eager: true })),
	glossary: single(import.meta.glob('/content/glossaire.yaml', { query: '?raw', import: 'default', eager: true }))
});

export const moduleHref = (module: Pick<Module, 'slug'>) => `/modules/${module.slug}/`;
export const lessonHref = (lesson: Pick<Lesson, 'slug' | 'moduleSlug'>) =>
	`/modules/${lesson.moduleSlug}/${lesson.slug}/`;

export const toLink = (lesson: Lesson): LessonLink => ({
	id: lesson.id,
	titre: lesson.titre,
	href: lessonHref(lesson)
});

export function findModule(slug: string): Module | undefined {
	return course.modules.find((module) => module.slug === slug);
}

export function findLesson(moduleSlug: string, lessonSlug: string): Lesson | undefined {
	return findModule(moduleSlug)?.lessons.find((lesson) => lesson.slug === lessonSlug);
}

/** Lessons in course order, so "suivant" crosses from one module into the next. */
const allLessons = course.modules.flatMap((module) => module.lessons);

export function neighbours(lesson: Lesson) {
	const index = allLessons.findIndex((candidate) => candidate.id === lesson.id);
	const previous = allLessons[index - 1];
	const next = allLessons[index + 1];
	return { previous: previous && toLink(previous), next: next && toLink(next) };
}

export function sourcesOf(ids: string[]): Source[] {
	return ids.map((id) => course.sources[id]);
}

/** Every former identity of a lesson, so stored progress follows a renamed lesson. */
export const aliasMap: Record<string, string> = Object.fromEntries(
	allLessons.flatMap((lesson) => lesson.alias.map((alias) => [alias, lesson.id]))
);

/** Everything a module's progress counts: lessons, scenarios and knowledge checks. */
export const progressItems = (module: Module) => [
	...module.lessons.map((lesson) => lesson.id),
	...module.scenarios.map((id) => activityKey('scenario', id)),
	...module.quizzes.map((id) => activityKey('quiz', id))
];

/** What a page shows of a scenario before its player loads the full file. */
export const scenarioSummary = (id: string) => {
	const { titre, resume, avertissement, clinique, relecture } = course.scenarios[id];
	return {
		id,
		titre,
		resume,
		...(avertissement ? { avertissement } : {}),
		clinique,
		...(relecture ? { relecture } : {})
	};
};

/** Scenario summaries and full knowledge checks for a page, with the sources the checks cite. */
export function pageActivities(scenarioIds: string[], quizIds: string[]) {
	const { quizzes, activitySources } = activityData([], quizIds);
	return {
		scenarios: Object.fromEntries(scenarioIds.map((id) => [id, scenarioSummary(id)])),
		quizzes,
		activitySources
	};
}

/** Compiled scenarios and checks, with every source they cite. */
export function activityData(scenarioIds: string[], quizIds: string[]) {
	const scenarios = Object.fromEntries(scenarioIds.map((id) => [id, course.scenarios[id]]));
	const quizzes = Object.fromEntries(quizIds.map((id) => [id, course.quizzes[id]]));
	const cited = [
		...Object.values(scenarios).flatMap((s) => [
			...s.sources,
			...Object.values(s.scenes).flatMap((scene) => scene.choix.flatMap((c) => c.sources))
		]),
		...Object.values(quizzes).flatMap((q) => q.sources)
	];
	const activitySources = Object.fromEntries([...new Set(cited)].map((id) => [id, course.sources[id]]));
	return { scenarios, quizzes, activitySources };
}

/** A scenario's page heading: title, summary, skills and its module (the scenario page and the
 * trainer's guide both show it). `undefined` for an unknown id. */
export function scenarioHeader(id: string) {
	const scenario = course.scenarios[id];
	if (!scenario) return undefined;
	const module = findModule(scenario.moduleSlug)!;
	return {
		id: scenario.id,
		titre: scenario.titre,
		resume: scenario.resume,
		competences: scenario.competences.map((skill) => course.competences[skill].libelle),
		module: { titre: module.titre, href: moduleHref(module) }
	};
}
