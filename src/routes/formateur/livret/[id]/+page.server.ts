import { error } from '@sveltejs/kit';
import { course, findModule, moduleHref } from '$lib/content/index.server';

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

// The guide reads the scenario's own precached file in the browser: the texts are stored
// once for the player and the guide, which keeps the offline cache small.
export const load = ({ params }) => {
	const scenario = course.scenarios[params.id];
	if (!scenario) error(404, 'Mise en situation introuvable');
	const module = findModule(scenario.moduleSlug)!;
	return {
		id: scenario.id,
		titre: scenario.titre,
		resume: scenario.resume,
		competences: scenario.competences.map((id) => course.competences[id].libelle),
		module: { titre: module.titre, href: moduleHref(module) }
	};
};
