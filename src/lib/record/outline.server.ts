// What "Mon parcours" needs to know of the course, computed at build time: modules and their
// items, each scenario's endings and the quality and effects of each choice, competencies.
import { course, lessonHref, moduleHref, progressItems } from '$lib/content/index.server';
import type { RecordOutline } from './types';

export function recordOutline(): RecordOutline {
	const lessons = course.modules.flatMap((module) => module.lessons);
	const embeddedIn = (id: string, kind: 'scenarios' | 'quizzes') => {
		const lesson = lessons.find((candidate) => candidate[kind].includes(id));
		return lesson ? lessonHref(lesson) : undefined;
	};
	return {
		modules: course.modules.map((module) => ({
			order: module.order,
			titre: module.titre,
			href: moduleHref(module),
			items: progressItems(module),
			lessons: module.lessons.map((lesson) => ({
				id: lesson.id,
				titre: lesson.titre,
				href: lessonHref(lesson)
			}))
		})),
		scenarios: Object.values(course.scenarios).map((scenario) => ({
			id: scenario.id,
			titre: scenario.titre,
			href: `/scenarios/${scenario.id}/`,
			endings: Object.values(scenario.scenes).filter((scene) => scene.fin).length,
			choices: Object.fromEntries(
				Object.values(scenario.scenes).flatMap((scene) =>
					scene.choix.map((choice) => [
						`${scene.id}/${choice.id}`,
						{ recommended: choice.qualite === 'recommande', effects: choice.effets ?? {} }
					])
				)
			)
		})),
		quizzes: Object.values(course.quizzes).map((quiz) => ({
			id: quiz.id,
			titre: quiz.titre,
			href: embeddedIn(quiz.id, 'quizzes') ?? `/modules/${quiz.moduleSlug}/`
		})),
		competences: Object.values(course.competences).map(({ id, libelle }) => ({ id, libelle }))
	};
}

/** The titles and links "À revoir" needs on the home page (lighter than the whole outline). */
export function reviewOutline() {
	const { scenarios, quizzes } = recordOutline();
	return {
		scenarios: scenarios.map(({ id, titre, href }) => ({ id, titre, href })),
		quizzes
	};
}
