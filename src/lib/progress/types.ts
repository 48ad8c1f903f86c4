export type LessonState = 'non-commencee' | 'en-cours' | 'terminee';

export const LESSON_STATE_LABELS: Record<LessonState, string> = {
	'non-commencee': 'Non commencée',
	'en-cours': 'En cours',
	terminee: 'Terminée'
};

export interface LastPosition {
	lessonId: string;
	/** Share of the page scrolled, 0 to 1, so it survives a change of zoom or font size. */
	scroll: number;
	at: number;
}

/** Why progress cannot be saved right now; the reader is told in plain French. */
export type StorageProblem =
	{ kind: 'indisponible' } | { kind: 'plein' } | { kind: 'echec' } | { kind: 'version' };

/** Identity of a scenario or knowledge check in module progress, beside lesson ids. */
export const activityKey = (kind: 'scenario' | 'quiz', id: string) => `${kind}:${id}`;
