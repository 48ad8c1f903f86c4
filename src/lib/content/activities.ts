// Scenarios and knowledge checks of the course: read, validated and compiled from the YAML
// files beside the lessons, then checked against the lessons that embed them.
import { readYaml } from './yaml-file';
import { readQuizFile, readScenarioFile, type Known } from '$lib/scenario/compile';
import { competenceSchema } from '$lib/scenario/schema';
import type { CompiledQuiz, CompiledScenario } from '$lib/scenario/types';
import type { Competence, Lesson } from './types';
import type { ContentProblem } from './problems';

const COMPETENCES_FILE = 'content/competences.yaml';

export function parseCompetences(yamlText: string, problems: ContentProblem[]): Record<string, Competence> {
	const data = readYaml(yamlText, COMPETENCES_FILE, problems);
	if (data === undefined) return {};
	const competences: Record<string, Competence> = {};
	for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
		const parsed = competenceSchema.safeParse(entry);
		if (parsed.success) competences[id] = { id, ...parsed.data };
		else problems.push({ file: COMPETENCES_FILE, message: `« ${id} » : il faut un « libelle » et une « description »` });
	}
	return competences;
}

/** `content/modules/01-x/y.scenario.yaml` → module slug `x`. */
const moduleSlugOf = (file: string) => file.split('/').at(-2)!.replace(/^\d{2}-/, '');
const display = (key: string) => key.replace(/^\/+/, '');

function readAll<T extends { id: string; file: string }>(
	files: Record<string, string>,
	read: (text: string, file: string, moduleSlug: string) => { problems: string[]; value?: T },
	kind: string,
	problems: ContentProblem[]
): Record<string, T> {
	const byId: Record<string, T> = {};
	for (const key of Object.keys(files).sort()) {
		const file = display(key);
		const result = read(files[key], file, moduleSlugOf(file));
		for (const message of result.problems) problems.push({ file, message });
		if (!result.value) continue;
		const other = byId[result.value.id];
		if (other) problems.push({ file, message: `l’identifiant « ${result.value.id} » est déjà pris par ${kind} ${other.file}` });
		else byId[result.value.id] = result.value;
	}
	return byId;
}

export function readActivities(
	scenarioFiles: Record<string, string>,
	quizFiles: Record<string, string>,
	known: Known,
	problems: ContentProblem[]
) {
	const scenarios = readAll<CompiledScenario>(
		scenarioFiles,
		(text, file, moduleSlug) => {
			const { scenario, problems: found } = readScenarioFile(text, file, moduleSlug, known);
			return { value: scenario, problems: found };
		},
		'le scénario',
		problems
	);
	const quizzes = readAll<CompiledQuiz>(
		quizFiles,
		(text, file, moduleSlug) => {
			const { quiz, problems: found } = readQuizFile(text, file, moduleSlug, known);
			return { value: quiz, problems: found };
		},
		'le quiz',
		problems
	);
	return { scenarios, quizzes };
}

/** A lesson may only embed scenarios and quizzes that exist. */
export function embedProblems(
	lessons: Lesson[],
	scenarios: Record<string, CompiledScenario>,
	quizzes: Record<string, CompiledQuiz>
): ContentProblem[] {
	return lessons.flatMap((lesson) => [
		...lesson.scenarios
			.filter((id) => !scenarios[id])
			.map((id) => ({ file: lesson.file, message: `<Scenario id="${id}" /> : aucun fichier ${id}.scenario.yaml ne porte cet identifiant` })),
		...lesson.quizzes
			.filter((id) => !quizzes[id])
			.map((id) => ({ file: lesson.file, message: `<Quiz id="${id}" /> : aucun fichier ${id}.quiz.yaml ne porte cet identifiant` }))
	]);
}
