import { error } from '@sveltejs/kit';
import { course, findModule, moduleHref, sourcesOf } from '$lib/content/index.server';

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

/** Scenes in the order a reader meets them: breadth first from the first scene. */
function sceneOrder(scenes: Record<string, { choix: { suite: string }[] }>, first: string) {
	const order = [first];
	for (let index = 0; index < order.length; index++) {
		for (const choice of scenes[order[index]].choix) {
			if (!order.includes(choice.suite)) order.push(choice.suite);
		}
	}
	return [...order, ...Object.keys(scenes).filter((id) => !order.includes(id))];
}

export const load = ({ params }) => {
	const scenario = course.scenarios[params.id];
	if (!scenario) error(404, 'Mise en situation introuvable');
	const module = findModule(scenario.moduleSlug)!;
	return {
		scenario: { ...scenario, machine: undefined },
		order: sceneOrder(scenario.scenes, scenario.debut),
		competences: scenario.competences.map((id) => course.competences[id].libelle),
		module: { titre: module.titre, href: moduleHref(module) },
		sources: sourcesOf(scenario.sources)
	};
};
