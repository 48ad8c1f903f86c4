import type { CompiledQuestion } from '$lib/scenario/types';

/** A question is answered rightly when exactly its correct options are selected. */
export function isCorrect(question: CompiledQuestion, selected: string[]): boolean {
	const correct = question.options.filter((o) => o.correcte).map((o) => o.id);
	return correct.length === selected.length && correct.every((id) => selected.includes(id));
}
