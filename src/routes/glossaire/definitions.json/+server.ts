// Every glossary definition once, for the terms of lessons and sheets to show in place: pages
// carry a plain link per term, and this one small file (precached) gives them their definition.
import { json } from '@sveltejs/kit';
import { course } from '$lib/content/index.server';
import type { GlossaryDefinitions } from '$lib/content/glossary-definitions';

export const prerender = true;

export const GET = () => {
	const definitions: GlossaryDefinitions = Object.fromEntries(
		course.glossary.map((term) => [term.id, { terme: term.terme, definition: term.definition }])
	);
	return json(definitions);
};
