// The course, read from content/ once per build. A content error throws here, during
// prerendering, so an invalid file fails `vite build` with a French message.
import { buildCourse } from './validate';
import type { Course, Lesson, LessonLink, Module, Source } from './types';

const files = import.meta.glob('/content/modules/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const sourcesYaml = Object.values(
	import.meta.glob('/content/sources.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string | undefined;

export const course: Course = buildCourse(files, sourcesYaml ?? '');

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
