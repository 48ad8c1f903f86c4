// Shapes shared by "Mon parcours", the review suggestions and the xAPI export.

export interface OutlineModule {
	order: number;
	titre: string;
	href: string;
	/** Lesson ids and activity keys (`scenario:<id>`, `quiz:<id>`) counted in its progress. */
	items: string[];
	lessons: { id: string; titre: string; href: string }[];
}

export interface OutlineScenario {
	id: string;
	titre: string;
	href: string;
	/** How many endings the scenario has. */
	endings: number;
	/** `<sceneId>/<choiceId>` -> whether it is a recommended choice, and its competency effects. */
	choices: Record<string, { recommended: boolean; effects: Record<string, number> }>;
}

export interface RecordOutline {
	modules: OutlineModule[];
	scenarios: OutlineScenario[];
	quizzes: { id: string; titre: string; href: string }[];
	competences: { id: string; libelle: string }[];
}

/** What the device holds, as read for the record (runs without their snapshots). */
export interface StoredRecord {
	lessons: { id: string; state: 'en-cours' | 'terminee'; openedAt: number; completedAt?: number }[];
	scenarioRuns: {
		subject: string;
		startedAt: number;
		endedAt?: number;
		ending?: string;
		choices: { sceneId: string; choiceId: string; at: number }[];
	}[];
	quizAttempts: {
		subject: string;
		completedAt?: number;
		answers: Record<string, { optionIds: string[]; correct: boolean; at: number }>;
	}[];
	completed: { key: string; firstAt: number; lastAt: number; count: number; endings?: string[] }[];
	events: { at: number; type: string; subject: string }[];
}
