// What every content reader reports, and the error that stops the build with all of it.
// Kept apart from validate.ts so the readers it calls (glossary, sheets, activities, card)
// can report problems without importing it back (no import cycle).

export interface ContentProblem {
	file: string;
	message: string;
}

export class ContentError extends Error {
	constructor(public problems: ContentProblem[]) {
		super(
			`Le contenu du cours contient ${problems.length} erreur(s) :\n` +
				problems.map((p) => `- ${p.file} : ${p.message}`).join('\n')
		);
		this.name = 'ContentError';
	}
}
