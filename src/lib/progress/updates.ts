// "Mis à jour depuis votre lecture" (issue 11, point 11): a finished lesson whose `revise`
// date is later than the day the learner finished it. Pure, so the date rule is unit-tested.

/** "AAAA-MM-JJ" of a moment, on the learner's own calendar (local time of the device). */
export function localDay(at: number): string {
	const date = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether a lesson revised on `revise` ("AAAA-MM-JJ") changed after the learner finished it.
 * A revision on the very day of completion does not count: the learner may have read it.
 */
export const revisedSinceCompletion = (revise: string, completedAt: number | undefined) =>
	completedAt !== undefined && revise > localDay(completedAt);

/** The lessons, in their order, that changed since this learner finished them. */
export function lessonsUpdatedSinceRead<T extends { id: string; revise: string }>(
	lessons: T[],
	completions: Readonly<Record<string, number>>
): T[] {
	return lessons.filter((lesson) => revisedSinceCompletion(lesson.revise, completions[lesson.id]));
}
