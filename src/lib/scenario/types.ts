// Scenarios and knowledge checks as they ship to the browser: compiled at build time from
// YAML (texts already rendered to HTML), with the XState machine config beside them.
import type { ReviewStatus } from '$lib/content/review-status';
import type { MachineConfig } from './machine-config';

export type Qualite = 'recommande' | 'acceptable' | 'a-eviter';
export type Ton = 'positive' | 'nuancee' | 'difficile';

export interface CompiledChoice {
	id: string;
	libelle: string;
	suite: string;
	/** HTML */
	retour: string;
	qualite: Qualite;
	sources: string[];
	effets?: Record<string, number>;
	noteFormateur?: string;
}

export interface CompiledScene {
	id: string;
	/** HTML */
	texte: string;
	personnage?: string;
	choix: CompiledChoice[];
	fin?: { ton: Ton; /** HTML */ bilan: string };
	noteFormateur?: string;
	questions?: string[];
}

export interface CompiledScenario extends ReviewStatus {
	id: string;
	/** Hash of the compiled content: a stored run of another version restarts cleanly. */
	version: string;
	file: string;
	moduleSlug: string;
	titre: string;
	resume: string;
	competences: string[];
	sources: string[];
	avertissement?: string;
	debut: string;
	scenes: Record<string, CompiledScene>;
	machine: MachineConfig;
}

export interface CompiledOption {
	id: string;
	texte: string;
	correcte: boolean;
	/** HTML */
	retour: string;
	/** Stays at its written place when the options are shuffled. */
	fixe?: boolean;
}

export interface CompiledQuestion {
	id: string;
	/** Hash of the wording, options and right answers: an answer to an unchanged question is kept. */
	version: string;
	enonce: string;
	type: 'unique' | 'multiple';
	options: CompiledOption[];
}

export interface CompiledQuiz {
	id: string;
	version: string;
	file: string;
	moduleSlug: string;
	titre: string;
	sources: string[];
	questions: CompiledQuestion[];
}
