// Runs once when the server starts; at `vite build` that is the prerendering step, which
// reads the whole course anyway: the moment to list what still awaits clinical review.
import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

export async function init() {
	if (!building) return;
	const [{ course }, { publishReviewReport }] = await Promise.all([
		import('$lib/content/index.server'),
		import('$lib/content/review-report.server')
	]);
	publishReviewReport(course);
}

/**
 * No `<link rel="modulepreload">` in the pages: some 25 per page, they cost ~46 KB of the
 * 2 MB offline copy over 170 pages, and once the course is on the device every script comes
 * from the service worker's cache anyway. Stylesheets and the font stay preloaded.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' });
