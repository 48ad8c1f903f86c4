import { error } from '@sveltejs/kit';
import { course, scenarioHeader } from '$lib/content/index.server';

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

// The guide reads the scenario's own precached file in the browser: the texts are stored
// once for the player and the guide, which keeps the offline cache small.
export const load = ({ params }) => {
	const header = scenarioHeader(params.id);
	if (!header) error(404, 'Mise en situation introuvable');
	return header;
};
