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

/** What is left on the device after a failed write, as checked (never assumed). */
export type StoredAfterFailure = 'intact' | 'efface' | 'inconnu';

/**
 * Why progress cannot be saved right now, or what happened to it; the reader is told in plain
 * French (StorageNotice). `bloquee`: the database did not open in time (another tab holds an
 * old version, or the browser hangs). `effacee`: the browser deleted the database while the
 * page was open (Chromium does on a full disk); `fermee`: it closed the connection itself
 * (a full disk again) and what is left cannot be read; `copie` says whether the mirror holds
 * the essentials. `restauree`: the database had lost progress and was
 * rebuilt from the mirror. `reprise`: some rows of an old version could not be read.
 */
export type StorageProblem =
	| { kind: 'indisponible' }
	| { kind: 'plein'; stored: StoredAfterFailure }
	| { kind: 'echec' }
	| { kind: 'version' }
	| { kind: 'bloquee' }
	| { kind: 'effacee' | 'fermee'; copie: boolean }
	| { kind: 'migration' }
	| { kind: 'restauree'; count: number }
	| { kind: 'reprise'; count: number };

/** Identity of a scenario or knowledge check in module progress, beside lesson ids. */
export const activityKey = (kind: 'scenario' | 'quiz', id: string) => `${kind}:${id}`;
