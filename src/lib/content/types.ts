// The course as the app sees it, derived from content/ at build time.
import type { CompiledQuiz, CompiledScenario } from '$lib/scenario/types';
import type { GlossaryTermEntry } from './glossary.server';
import type { ReadArticle, Sheet, SheetRevision } from './sheets.server';
import type { ReviewStatus } from './review-status';

export type Fiabilite = 'officiel' | 'recherche' | 'presse' | 'association' | 'blog';

export interface Source {
	id: string;
	titre: string;
	editeur: string;
	date: string;
	consulte: string;
	url?: string;
	fiabilite: Fiabilite;
}

export interface TocEntry {
	id: string;
	titre: string;
}

export interface Lesson extends ReviewStatus {
	/** Stable identity, `<module-slug>/<lesson-slug>`: progress is keyed by it. */
	id: string;
	slug: string;
	moduleSlug: string;
	order: number;
	file: string;
	titre: string;
	resume: string;
	objectifs: string[];
	duree: number;
	sources: string[];
	revise: string;
	/** Authored line on what changed at the last revision, for learners who read it before. */
	changement?: string;
	alias: string[];
	toc: TocEntry[];
	/** Ids of the scenarios and knowledge checks the lesson embeds. */
	scenarios: string[];
	quizzes: string[];
	/** The easy-to-read version of the whole lesson, from `NN-slug.facile.md`, once written. */
	facile?: EasyReadVersion;
}

/** A lesson's easy-to-read version (`NN-slug.facile.md`), compiled at build. */
export interface EasyReadVersion {
	file: string;
	/** True only once readers from the target audience have checked the text. */
	relueParDesLecteurs: boolean;
	revise: string;
	/** Its `##` headings, in the order of the lesson's own. */
	toc: TocEntry[];
	html: string;
}

export interface Module {
	slug: string;
	order: number;
	file: string;
	titre: string;
	partie: PartieNumero;
	resume: string;
	objectifs: string[];
	lessons: Lesson[];
	/** Ids of the scenarios and knowledge checks kept in the module's folder. */
	scenarios: string[];
	quizzes: string[];
}

export type PartieNumero = 1 | 2 | 3;

export interface Partie {
	numero: PartieNumero;
	titre: string;
	modules: Module[];
}

export interface Competence {
	id: string;
	libelle: string;
	description: string;
}

export interface Course {
	parties: Partie[];
	modules: Module[];
	sources: Record<string, Source>;
	competences: Record<string, Competence>;
	scenarios: Record<string, CompiledScenario>;
	quizzes: Record<string, CompiledQuiz>;
	glossary: GlossaryTermEntry[];
	sheets: Sheet[];
	/** Articles read for the sheets, keyed as cited (« L3133-3 », « CSS L452-1 »). */
	readArticles: Record<string, ReadArticle>;
	sheetRevision?: SheetRevision;
}

/** What a page needs to link to a lesson, without its whole frontmatter. */
export interface LessonLink {
	id: string;
	titre: string;
	href: string;
}

export const PARTIE_TITRES: Record<PartieNumero, string> = {
	1: 'Découvrir les GEM',
	2: 'Être animateur',
	3: 'Ressources clés'
};
