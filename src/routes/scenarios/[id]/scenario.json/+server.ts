import { error, json } from '@sveltejs/kit';
import { activityData, course } from '$lib/content/index.server';

// One static file per scenario: the player fetches it (the service worker precaches it), so
// its texts are stored once instead of inside every page that embeds it.
export const prerender = true;

export const entries = () => Object.keys(course.scenarios).map((id) => ({ id }));

export const GET = ({ params }) => {
	if (!course.scenarios[params.id]) error(404, 'Mise en situation introuvable');
	const { scenarios, activitySources } = activityData([params.id], []);
	return json({ scenario: scenarios[params.id], sources: activitySources });
};
