// Runs once when the server starts; at `vite build` that is the prerendering step, which
// reads the whole course anyway: the moment to list what still awaits clinical review.
import { building } from '$app/environment';

export async function init() {
	if (!building) return;
	const [{ course }, { publishReviewReport }] = await Promise.all([
		import('$lib/content/index.server'),
		import('$lib/content/review-report.server')
	]);
	publishReviewReport(course);
}
