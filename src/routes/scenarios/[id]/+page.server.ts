import { error } from '@sveltejs/kit';
import { course, pageActivities, scenarioHeader, sourcesOf } from '$lib/content/index.server';

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

export const load = ({ params }) => {
	const header = scenarioHeader(params.id);
	if (!header) error(404, 'Mise en situation introuvable');
	return {
		...header,
		sources: sourcesOf(course.scenarios[params.id].sources),
		...pageActivities([params.id], [])
	};
};
