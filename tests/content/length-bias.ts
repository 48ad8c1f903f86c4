// Length bias in knowledge checks and scenarios (issue 11, point 10): when the right answer is
// the longest option most of the time, a test-wise reader (or a room watching a projector)
// picks it without reading. Pure functions over compiled content, shared by the content tests.
import type { CompiledQuiz, CompiledScenario } from '$lib/scenario/types';

/** Length as a reader sees it: characters (not UTF-16 units), outer spaces ignored. */
export const visibleLength = (text: string) => [...text.trim()].length;

/** Whether the option at `index` is strictly longer than every other one (a tie gives nothing away). */
export function isStrictlyLongest(texts: string[], index: number): boolean {
	const length = visibleLength(texts[index]);
	return texts.every((text, i) => i === index || visibleLength(text) < length);
}

export interface BiasCount {
	file: string;
	/** Questions (or decision points) where the right answer is the longest option. */
	longest: number;
	/** Single-answer questions (or decision points) looked at. */
	total: number;
}

/** Over its single-answer questions: how often the one correct option is the longest. */
export function quizLengthBias(quiz: CompiledQuiz): BiasCount {
	const single = quiz.questions.filter((question) => question.type === 'unique');
	const longest = single.filter((question) =>
		isStrictlyLongest(
			question.options.map((option) => option.texte),
			question.options.findIndex((option) => option.correcte)
		)
	).length;
	return { file: quiz.file, longest, total: single.length };
}

/**
 * Over its decision points (scenes with at least two choices, one of them recommended): how
 * often the longest choice is a recommended one.
 */
export function scenarioLengthBias(scenario: CompiledScenario): BiasCount {
	const points = Object.values(scenario.scenes).filter(
		(scene) => scene.choix.length >= 2 && scene.choix.some((c) => c.qualite === 'recommande')
	);
	const longest = points.filter((scene) => {
		const labels = scene.choix.map((choice) => choice.libelle);
		return scene.choix.some(
			(choice, index) => choice.qualite === 'recommande' && isStrictlyLongest(labels, index)
		);
	}).length;
	return { file: scenario.file, longest, total: points.length };
}

/** More than half: the length alone would guide a guess more often than not. */
export const isBiased = ({ longest, total }: BiasCount) => total > 0 && longest * 2 > total;

/** One line per file, e.g. « content/…/x.quiz.yaml : la bonne réponse est la plus longue dans 5 cas sur 6 ». */
export const describeBias = (counts: BiasCount[], what: string) =>
	counts.map(
		({ file, longest, total }) => `${file} : ${what} est la plus longue dans ${longest} cas sur ${total}`
	);
