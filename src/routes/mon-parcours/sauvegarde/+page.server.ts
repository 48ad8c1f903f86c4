import { knownContent } from '$lib/backup/known-content.server';
import { course } from '$lib/content/index.server';

const titlesOf = (entries: { id: string; titre: string }[]) =>
	Object.fromEntries(entries.map(({ id, titre }) => [id, titre]));

export const load = () => ({
	known: knownContent(),
	// Names of the activities in the xAPI export.
	titles: {
		lessons: titlesOf(course.modules.flatMap((module) => module.lessons)),
		scenarios: titlesOf(Object.values(course.scenarios)),
		quizzes: titlesOf(Object.values(course.quizzes))
	}
});
