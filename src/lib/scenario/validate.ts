// Structural rules of a scenario (architecture.md): every message names the scene and choice
// ids so a trainer can find them. Schema problems (missing `retour`, empty label…) come from
// zod first; these rules run on a scenario whose shape is already valid.
import type { QuizSource, ScenarioSource } from './schema';

export interface Known {
	sources: Set<string>;
	competences: Set<string>;
}

const scene = (id: string) => `scène « ${id} »`;
const choice = (sceneId: string, choiceId: string) => `${scene(sceneId)}, choix « ${choiceId} »`;

/** Scenes reachable from `from` following choices forward. */
function reachableFrom(scenario: ScenarioSource, from: string): Set<string> {
	const seen = new Set<string>();
	const queue = [from];
	while (queue.length) {
		const current = queue.shift()!;
		if (seen.has(current) || !scenario.scenes[current]) continue;
		seen.add(current);
		for (const option of scenario.scenes[current].choix ?? []) queue.push(option.suite);
	}
	return seen;
}

/** Scenes from which some ending can be reached (walking choices backwards from endings). */
function canFinish(scenario: ScenarioSource): Set<string> {
	const ids = Object.keys(scenario.scenes);
	const done = new Set(ids.filter((id) => scenario.scenes[id].fin));
	let grew = true;
	while (grew) {
		grew = false;
		for (const id of ids) {
			if (!done.has(id) && (scenario.scenes[id].choix ?? []).some((c) => done.has(c.suite))) {
				done.add(id);
				grew = true;
			}
		}
	}
	return done;
}

export function scenarioProblems(scenario: ScenarioSource, known: Known): string[] {
	const problems: string[] = [];
	const { scenes } = scenario;
	const sceneIds = Object.keys(scenes);

	for (const id of scenario.competences) {
		if (!known.competences.has(id))
			problems.push(`« competences » : « ${id} » n’existe pas dans content/competences.yaml`);
	}
	for (const id of scenario.sources) {
		if (!known.sources.has(id))
			problems.push(`« sources » : « ${id} » n’existe pas dans content/sources.yaml`);
	}
	if (!scenes[scenario.debut])
		problems.push(`« debut » : la scène « ${scenario.debut} » n’existe pas`);

	const choiceIds = new Set<string>();
	for (const sceneId of sceneIds) {
		const current = scenes[sceneId];
		if (sceneId.includes('__'))
			problems.push(`${scene(sceneId)} : un identifiant ne peut pas contenir « __ »`);
		if (!current.choix && !current.fin)
			problems.push(`${scene(sceneId)} : il faut des « choix » ou une « fin »`);
		if (current.choix && current.fin) {
			problems.push(
				`${scene(sceneId)} : une scène a soit des « choix », soit une « fin », pas les deux`
			);
		}
		for (const option of current.choix ?? []) {
			const where = choice(sceneId, option.id);
			if (choiceIds.has(option.id))
				problems.push(`${where} : cet identifiant de choix est déjà utilisé dans le scénario`);
			choiceIds.add(option.id);
			if (!scenes[option.suite])
				problems.push(`${where} : la suite « ${option.suite} » n’existe pas`);
			for (const id of option.sources ?? []) {
				if (!known.sources.has(id))
					problems.push(`${where} : la source « ${id} » n’existe pas dans content/sources.yaml`);
			}
			for (const id of Object.keys(option.effets ?? {})) {
				if (!known.competences.has(id))
					problems.push(
						`${where} : la compétence « ${id} » de « effets » n’existe pas dans content/competences.yaml`
					);
			}
		}
	}
	if (problems.length > 0 || !scenes[scenario.debut]) return problems;

	const reachable = reachableFrom(scenario, scenario.debut);
	const finishing = canFinish(scenario);
	for (const sceneId of sceneIds) {
		if (!reachable.has(sceneId))
			problems.push(
				`${scene(sceneId)} : jamais atteinte depuis la scène de début « ${scenario.debut} »`
			);
		else if (!finishing.has(sceneId))
			problems.push(`${scene(sceneId)} : aucune fin n’est atteignable depuis cette scène`);
	}
	return problems;
}

export function quizProblems(quiz: QuizSource, known: Known): string[] {
	const problems: string[] = [];
	for (const id of quiz.sources) {
		if (!known.sources.has(id))
			problems.push(`« sources » : « ${id} » n’existe pas dans content/sources.yaml`);
	}
	const questionIds = new Set<string>();
	for (const question of quiz.questions) {
		const where = `question « ${question.id} »`;
		if (questionIds.has(question.id))
			problems.push(`${where} : cet identifiant de question est déjà utilisé`);
		questionIds.add(question.id);
		const optionIds = new Set<string>();
		for (const option of question.options) {
			if (optionIds.has(option.id))
				problems.push(
					`${where}, option « ${option.id} » : identifiant déjà utilisé dans cette question`
				);
			optionIds.add(option.id);
		}
		const correct = question.options.filter((option) => option.correcte).length;
		if (question.type === 'unique' && correct !== 1) {
			problems.push(
				`${where} : une question « unique » a exactement une option correcte (ici ${correct})`
			);
		}
		if (question.type === 'multiple' && correct === 0) {
			problems.push(`${where} : une question « multiple » a au moins une option correcte`);
		}
	}
	return problems;
}
