import { error } from '@sveltejs/kit';
import {
	course,
	findModule,
	moduleHref,
	pageActivities,
	sourcesOf
} from '$lib/content/index.server';

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

export const load = ({ params }) => {
	const scenario = course.scenarios[params.id];
	if (!scenario) error(404, 'Mise en situation introuvable');
	const module = findModule(scenario.moduleSlug)!;
	return {
		id: scenario.id,
		titre: scenario.titre,
		resume: scenario.resume,
		competences: scenario.competences.map((id) => course.competences[id].libelle),
		module: { titre: module.titre, href: moduleHref(module) },
		sources: sourcesOf(scenario.sources),
		...pageActivities([scenario.id], [])
	};
};
