// YAML -> validated, compiled scenario (HTML texts + XState machine config), at build time.
// The YAML parser, zod and marked stay on the build side: the browser gets plain JSON.
import { createHash } from 'node:crypto';
import { Marked } from 'marked';
import type { z } from 'zod';
import { bodyProblems } from '$lib/content/markdown.js';
import { escapeHtml } from '$lib/content/markup-safety.js';
import { describeIssues } from '$lib/content/schema';
import { readYaml, type ContentProblem } from '$lib/content/yaml-file';
import { PLAY, feedbackState, type MachineConfig, type MachineStateConfig } from './machine-config';
import { quizSchema, scenarioSchema, type QuizSource, type ScenarioSource } from './schema';
import type { CompiledQuiz, CompiledScenario, CompiledScene } from './types';
import { quizProblems, scenarioProblems, type Known } from './validate';

export type { Known };

// The validator already refuses tags in these fields; raw HTML is escaped anyway, so nothing
// authored can become markup on its way to `{@html}`.
const markdown = new Marked({ renderer: { html: ({ text }) => escapeHtml(text) } });
const html = (source: string) => (markdown.parse(source, { async: false }) as string).trim();

/** Turns zod's `scenes.accueil.choix.1.retour` into « scène « accueil », choix n° 2 : champ « retour » ». */
function readablePath(message: string, data: unknown): string {
	const match = /^champ « scenes\.([^.]+)\.choix\.(\d+)\.([^»]+) » : (.*)$/.exec(message);
	if (match) {
		const [, sceneId, index, field, rest] = match;
		const scenes = (data as { scenes?: Record<string, { choix?: { id?: string }[] }> })?.scenes;
		const choiceId = scenes?.[sceneId]?.choix?.[Number(index)]?.id;
		const which = choiceId ? `« ${choiceId} »` : `n° ${Number(index) + 1}`;
		return `scène « ${sceneId} », choix ${which} : champ « ${field.trim()} » : ${rest}`;
	}
	const scene = /^champ « scenes\.([^.]+)\.(.+?) » : (.*)$/.exec(message);
	if (scene) return `scène « ${scene[1]} » : champ « ${scene[2]} » : ${scene[3]}`;
	return message;
}

function parse<T>(schema: z.ZodType<T>, yamlText: string): { value?: T; problems: string[] } {
	const found: ContentProblem[] = [];
	const data = readYaml(yamlText, '', found);
	if (data === undefined) return { problems: found.map((p) => p.message) };
	const result = schema.safeParse(data);
	if (!result.success)
		return { problems: describeIssues(result.error, data).map((m) => readablePath(m, data)) };
	return { value: result.data, problems: [] };
}

/** Markdown fields follow the rules of lesson bodies, without components (they reach {@html}). */
function markdownProblems(label: string, text: string | undefined): string[] {
	return text
		? bodyProblems(text, 1, { components: false }).map(
				(problem) => `${label} : ${problem.replace(/^ligne \d+ : /, '')}`
			)
		: [];
}

function scenarioMarkdownProblems(scenario: ScenarioSource): string[] {
	return Object.entries(scenario.scenes).flatMap(([id, scene]) => [
		...markdownProblems(`scène « ${id} », texte`, scene.texte),
		...markdownProblems(`scène « ${id} », bilan`, scene.fin?.bilan),
		...(scene.choix ?? []).flatMap((option) =>
			markdownProblems(`scène « ${id} », choix « ${option.id} », retour`, option.retour)
		)
	]);
}

const versionOf = (value: unknown) =>
	createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

export function machineConfig(scenario: ScenarioSource): MachineConfig {
	const states: Record<string, MachineStateConfig> = {};
	for (const [sceneId, scene] of Object.entries(scenario.scenes)) {
		if (scene.fin) {
			states[sceneId] = { tags: ['ending'], type: 'final' };
			continue;
		}
		states[sceneId] = {
			tags: ['scene'],
			on: {
				'choice.select': (scene.choix ?? []).map((option) => ({
					guard: { type: 'isChoice', params: { choiceId: option.id } },
					target: feedbackState(sceneId, option.id),
					actions: { type: 'recordChoice', params: { sceneId, choiceId: option.id } }
				}))
			}
		};
		for (const option of scene.choix ?? []) {
			states[feedbackState(sceneId, option.id)] = {
				tags: ['feedback'],
				on: { 'feedback.continue': { target: option.suite } }
			};
		}
	}
	return {
		id: scenario.id,
		initial: PLAY,
		context: { path: [] },
		on: { 'scenario.restart': { target: `.${PLAY}`, reenter: true, actions: 'resetPath' } },
		states: { play: { initial: scenario.debut, states } }
	};
}

export function compileScenario(
	source: ScenarioSource,
	file: string,
	moduleSlug: string
): CompiledScenario {
	const scenes: Record<string, CompiledScene> = {};
	for (const [id, scene] of Object.entries(source.scenes)) {
		scenes[id] = {
			id,
			texte: html(scene.texte),
			...(scene.personnage ? { personnage: scene.personnage } : {}),
			choix: (scene.choix ?? []).map((option) => ({
				id: option.id,
				libelle: option.libelle,
				suite: option.suite,
				retour: html(option.retour),
				qualite: option.qualite,
				sources: option.sources ?? [],
				...(option.effets ? { effets: option.effets } : {}),
				...(option.noteFormateur ? { noteFormateur: option.noteFormateur } : {})
			})),
			...(scene.fin ? { fin: { ton: scene.fin.ton, bilan: html(scene.fin.bilan) } } : {}),
			...(scene.noteFormateur ? { noteFormateur: scene.noteFormateur } : {}),
			...(scene.questions ? { questions: scene.questions } : {})
		};
	}
	const body = {
		id: source.id,
		titre: source.titre,
		resume: source.resume,
		competences: source.competences,
		sources: source.sources,
		...(source.avertissement ? { avertissement: source.avertissement } : {}),
		debut: source.debut,
		scenes,
		machine: machineConfig(source)
	};
	// The review status stays out of the version: a reviewer's reading changes no scene, so
	// learners' stored runs must not restart because of it.
	const review = {
		clinique: source.clinique ?? false,
		...(source.relecture ? { relecture: source.relecture } : {})
	};
	return { ...body, version: versionOf(body), file, moduleSlug, ...review };
}

export function compileQuiz(source: QuizSource, file: string, moduleSlug: string): CompiledQuiz {
	const body = {
		id: source.id,
		titre: source.titre,
		sources: source.sources,
		questions: source.questions.map((question) => ({
			...question,
			// Feedback wording (`retour`) and pinning can change without voiding an answer.
			version: versionOf({
				enonce: question.enonce,
				type: question.type,
				options: question.options.map(({ id, texte, correcte }) => ({ id, texte, correcte }))
			}),
			options: question.options.map((option) => ({ ...option, retour: html(option.retour) }))
		}))
	};
	return { ...body, version: versionOf(body), file, moduleSlug };
}

const expectedName = (file: string, id: string, kind: 'scenario' | 'quiz') =>
	file.split('/').pop() === `${id}.${kind}.yaml`
		? []
		: [`le nom du fichier doit être « ${id}.${kind}.yaml », comme son identifiant`];

export function readScenarioFile(yamlText: string, file: string, moduleSlug: string, known: Known) {
	const { value, problems } = parse(scenarioSchema, yamlText);
	if (!value) return { problems };
	const found = [
		...expectedName(file, value.id, 'scenario'),
		...scenarioProblems(value, known),
		...scenarioMarkdownProblems(value)
	];
	return found.length
		? { problems: found }
		: { scenario: compileScenario(value, file, moduleSlug), problems: [] };
}

export function readQuizFile(yamlText: string, file: string, moduleSlug: string, known: Known) {
	const { value, problems } = parse(quizSchema, yamlText);
	if (!value) return { problems };
	const found = [
		...expectedName(file, value.id, 'quiz'),
		...quizProblems(value, known),
		...value.questions.flatMap((q) =>
			q.options.flatMap((o) =>
				markdownProblems(`question « ${q.id} », option « ${o.id} », retour`, o.retour)
			)
		)
	];
	return found.length
		? { problems: found }
		: { quiz: compileQuiz(value, file, moduleSlug), problems: [] };
}
