import { json } from '@sveltejs/kit';
import { buildSearchIndex } from '$lib/search/index.server';

export const prerender = true;

export const GET = () => json(buildSearchIndex().toJSON());
