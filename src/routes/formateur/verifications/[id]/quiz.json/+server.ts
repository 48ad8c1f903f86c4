import { error, json } from '@sveltejs/kit';
import { course } from '$lib/content/index.server';

// One static file per knowledge check, for the session: precached like the scenario files.
export const prerender = true;

export const entries = () => Object.keys(course.quizzes).map((id) => ({ id }));

export const GET = ({ params }) => {
	const quiz = course.quizzes[params.id];
	if (!quiz) error(404, 'Vérification introuvable');
	return json(quiz);
};
