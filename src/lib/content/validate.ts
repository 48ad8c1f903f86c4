// Turns the raw files of content/ into the course tree, or into a list of French problems
// naming each file and field. Pure: index.server.ts feeds it the glob, tests feed fixtures.
import type { z } from 'zod';
import { tableOfContents, bodyProblems } from './markdown.js';
import {
	SLUG,
	describeIssues,
	lessonFrontmatter,
	moduleFrontmatter,
	sourceEntry,
	type SourceEntry
} from './schema';
import { embedProblems, parseCompetences, readActivities } from './activities';
import { isEasyReadSource, lessonFileOf, readEasyRead } from './easy-read.server';
import { readGlossary } from './glossary.server';
import { readArticleList, readRevision, readSheets } from './sheets.server';
import { PARTIE_TITRES, type Course, type Lesson, type Module, type Source } from './types';
import { readFrontmatter, readYaml } from './yaml-file';
import { ContentError, type ContentProblem } from './problems';

/** The raw files of content/, keyed as import.meta.glob gives them (`/content/…`). */
export interface ContentFiles {
	/** `index.md`, lessons and their easy-to-read versions (`NN-slug.facile.md`) of every module. */
	markdown: Record<string, string>;
	scenarios?: Record<string, string>;
	quizzes?: Record<string, string>;
	sources: string;
	competences?: string;
	glossary?: string;
	/** Labour-law sheets, `content/fiches/*.md`. */
	sheets?: Record<string, string>;
	/** `content/fiches/articles-lus.yaml`: when given, every cited article must be listed there. */
	readArticles?: string;
	/** `content/fiches/revision.yaml`: the date the sheets were last checked as a whole. */
	sheetRevision?: string;
}

export { ContentError, type ContentProblem };

const NUMBERED = /^(\d{2})-(.+)$/;

/** `content/modules/01-x/02-y.md` from a glob key such as `/content/modules/…`. */
const displayPath = (key: string) => key.replace(/^\/+/, '');

function check<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: ContentProblem[]): T | null {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	for (const message of describeIssues(result.error, data)) problems.push({ file, message });
	return null;
}

/** Reads `NN-slug` from a file or folder name, or explains what is wrong with it. */
function numberedSlug(name: string, file: string, problems: ContentProblem[]) {
	const match = NUMBERED.exec(name);
	if (!match || !SLUG.test(match[2])) {
		problems.push({
			file,
			message: `le nom « ${name} » doit s’écrire « NN-mots-en-minuscules » : deux chiffres, puis lettres sans accents, chiffres et tirets`
		});
		return null;
	}
	return { order: Number(match[1]), slug: match[2] };
}

export function parseSources(yamlText: string, problems: ContentProblem[]): Record<string, Source> {
	const file = 'content/sources.yaml';
	const data = readYaml(yamlText, file, problems);
	if (data === undefined) return {};
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({ file, message: 'doit associer chaque identifiant de source à sa description' });
		return {};
	}
	const sources: Record<string, Source> = {};
	for (const [id, entry] of Object.entries(data)) {
		if (!SLUG.test(id)) {
			problems.push({ file, message: `identifiant « ${id} » : lettres minuscules sans accents, chiffres et tirets` });
			continue;
		}
		const parsed: SourceEntry | null = check(sourceEntry, entry, `${file} (« ${id} »)`, problems);
		if (parsed) sources[id] = { id, ...parsed };
	}
	return sources;
}

/** Ids of the `<Scenario id="…" />` (or Quiz) components a lesson body embeds. */
const embedded = (body: string, component: 'Scenario' | 'Quiz') =>
	[...body.matchAll(new RegExp(`<${component}\\s+id="([^"]*)"`, 'g'))].map((match) => match[1]);

interface LessonDraft extends Omit<Lesson, 'moduleSlug' | 'id'> {
	bodyProblems: string[];
}

function readLesson(file: string, source: string, problems: ContentProblem[]): LessonDraft | null {
	const name = numberedSlug(file.split('/').pop()!.replace(/\.md$/, ''), file, problems);
	const parsed = readFrontmatter(file, source, problems);
	if (!name || !parsed) return null;
	const meta = check(lessonFrontmatter, parsed.data, file, problems);
	if (!meta) return null;
	return {
		...name,
		file,
		...meta,
		clinique: meta.clinique ?? false,
		alias: meta.alias ?? [],
		toc: tableOfContents(parsed.body),
		scenarios: embedded(parsed.body, 'Scenario'),
		quizzes: embedded(parsed.body, 'Quiz'),
		bodyProblems: bodyProblems(parsed.body, parsed.bodyStartLine)
	};
}

function readModule(folder: string, all: ContentFiles, problems: ContentProblem[]) {
	const files = all.markdown;
	const dir = displayPath(folder);
	const name = numberedSlug(dir.split('/').pop()!, dir, problems);
	const indexFile = `${dir}/index.md`;
	const indexSource = files[`${folder}/index.md`];
	if (indexSource === undefined) {
		problems.push({ file: dir, message: 'le fichier index.md du module manque' });
		return null;
	}
	const parsed = readFrontmatter(indexFile, indexSource, problems);
	const meta = parsed && check(moduleFrontmatter, parsed.data, indexFile, problems);
	if (!name || !meta) return null;
	const lessons = Object.keys(files)
		.filter((key) => key.startsWith(`${folder}/`) && !key.endsWith('/index.md') && !isEasyReadSource(key))
		.sort()
		.map((key) => readLesson(displayPath(key), files[key], problems))
		.filter((lesson) => lesson !== null)
		.map(({ bodyProblems: found, ...lesson }): Lesson => {
			for (const message of found) problems.push({ file: lesson.file, message });
			return { ...lesson, moduleSlug: name.slug, id: `${name.slug}/${lesson.slug}` };
		});
	attachEasyReads(folder, files, lessons, problems);
	const activities = (files: Record<string, string> | undefined) =>
		Object.keys(files ?? {})
			.filter((key) => key.startsWith(`${folder}/`))
			.sort()
			.map((key) => key.split('/').pop()!.replace(/\.(scenario|quiz)\.yaml$/, ''));
	return {
		...name,
		file: indexFile,
		...meta,
		lessons,
		scenarios: activities(all.scenarios),
		quizzes: activities(all.quizzes)
	} satisfies Module;
}

/** Gives each lesson its `.facile.md` version, if written; an easy text without its lesson is an error. */
function attachEasyReads(folder: string, files: Record<string, string>, lessons: Lesson[], problems: ContentProblem[]) {
	for (const key of Object.keys(files).filter((k) => k.startsWith(`${folder}/`) && isEasyReadSource(k)).sort()) {
		const file = displayPath(key);
		const lesson = lessons.find((candidate) => candidate.file === lessonFileOf(file));
		if (!lesson) {
			problems.push({
				file,
				message: `aucune leçon « ${lessonFileOf(file).split('/').pop()} » à côté : le fichier facile à lire porte le nom de sa leçon, suivi de « .facile.md »`
			});
			continue;
		}
		const easy = readEasyRead(file, files[key], lesson.toc.length, problems);
		if (easy) lesson.facile = easy;
	}
}

function reportDuplicates<T>(items: T[], key: (item: T) => string, describe: (item: T) => ContentProblem) {
	const seen = new Set<string>();
	const problems: ContentProblem[] = [];
	for (const item of items) {
		if (seen.has(key(item))) problems.push(describe(item));
		seen.add(key(item));
	}
	return problems;
}

function crossChecks(modules: Module[], sources: Record<string, Source>): ContentProblem[] {
	const lessons = modules.flatMap((module) => module.lessons);
	const ids = new Set(lessons.map((lesson) => lesson.id));
	const problems = [
		...reportDuplicates(modules, (m) => m.slug, (m) => ({ file: m.file, message: `le module « ${m.slug} » existe déjà` })),
		...reportDuplicates(modules, (m) => String(m.order), (m) => ({ file: m.file, message: `le numéro ${String(m.order).padStart(2, '0')} est déjà pris par un autre module` })),
		...reportDuplicates(lessons, (l) => l.id, (l) => ({ file: l.file, message: `la leçon « ${l.slug} » existe déjà dans ce module` })),
		...reportDuplicates(lessons, (l) => `${l.moduleSlug}#${l.order}`, (l) => ({ file: l.file, message: `le numéro ${String(l.order).padStart(2, '0')} est déjà pris dans ce module` }))
	];
	const aliases = new Set<string>();
	for (const lesson of lessons) {
		for (const id of lesson.sources) {
			if (!sources[id]) {
				problems.push({ file: lesson.file, message: `champ « sources » : « ${id} » n’existe pas dans content/sources.yaml` });
			}
		}
		for (const alias of lesson.alias) {
			if (ids.has(alias) || aliases.has(alias)) {
				problems.push({ file: lesson.file, message: `champ « alias » : « ${alias} » désigne déjà une autre leçon` });
			}
			aliases.add(alias);
		}
	}
	return problems;
}

/** Builds the course, or throws a ContentError listing every problem found. */
export function buildCourse(files: ContentFiles): Course {
	const problems: ContentProblem[] = [];
	const sources = parseSources(files.sources, problems);
	const competences = parseCompetences(files.competences ?? '', problems);
	const known = { sources: new Set(Object.keys(sources)), competences: new Set(Object.keys(competences)) };
	const { scenarios, quizzes } = readActivities(files.scenarios ?? {}, files.quizzes ?? {}, known, problems);
	const glossary = readGlossary(files.glossary ?? '', sources, problems);
	const readArticles = files.readArticles === undefined ? undefined : readArticleList(files.readArticles, problems);
	const sheets = readSheets(files.sheets ?? {}, sources, problems, readArticles);
	const sheetRevision = files.sheetRevision === undefined ? undefined : readRevision(files.sheetRevision, problems);
	const folders = [
		...new Set(Object.keys(files.markdown).map((key) => key.slice(0, key.lastIndexOf('/'))))
	].sort();
	const modules = folders
		.map((folder) => readModule(folder, files, problems))
		.filter((module) => module !== null);
	problems.push(...crossChecks(modules, sources));
	problems.push(...embedProblems(modules.flatMap((module) => module.lessons), scenarios, quizzes));
	if (problems.length > 0) throw new ContentError(problems);
	const parties = ([1, 2, 3] as const).map((numero) => ({
		numero,
		titre: PARTIE_TITRES[numero],
		modules: modules.filter((module) => module.partie === numero)
	}));
	return { parties, modules, sources, competences, scenarios, quizzes, glossary, sheets, readArticles: readArticles ?? {}, sheetRevision };
}
