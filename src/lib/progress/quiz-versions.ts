// A knowledge check edited between two visits: a new attempt starts for the new version (the
// earlier ones stay stored), and answers to questions that did not change are carried over, so
// an edit elsewhere in the check never wipes them. Completion only counts answers valid for
// the current version.
import type { QuizAttempt } from './db';

/** What the repository needs to know about the check on screen. */
export interface QuizIdentity {
	id: string;
	version: string;
	/** question id -> version of that question's wording, options and right answers */
	questionVersions: Record<string, string>;
}

export type QuizAnswers = QuizAttempt['answers'];

/** Answers and option orders of `attempt` that still hold for `quiz`. */
export function carriedOver(
	attempt: QuizAttempt | undefined,
	quiz: QuizIdentity
): { answers: QuizAnswers; order: Record<string, string[]> } {
	if (!attempt) return { answers: {}, order: {} };
	if (attempt.version === quiz.version)
		return { answers: attempt.answers, order: attempt.order ?? {} };
	const unchanged = (questionId: string) =>
		questionId in quiz.questionVersions &&
		attempt.questionVersions?.[questionId] === quiz.questionVersions[questionId];
	const keep = <T>(record: Record<string, T> | undefined) =>
		Object.fromEntries(Object.entries(record ?? {}).filter(([id]) => unchanged(id)));
	return { answers: keep(attempt.answers), order: keep(attempt.order) };
}

/** Every question of the current version has an answer in this attempt. */
export const isComplete = (answers: QuizAnswers, quiz: QuizIdentity) =>
	Object.keys(quiz.questionVersions).every((id) => answers[id]);
