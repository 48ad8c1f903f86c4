import type { Component } from 'svelte';

const lessons = import.meta.glob<{ default: Component }>([
	'/content/modules/*/*.md',
	'!/content/modules/*/index.md',
	// Easy-to-read versions ship as their own small files (the facile.json route), never as chunks.
	'!/content/modules/*/*.facile.md'
]);

// Each lesson's compiled Markdown is its own chunk, loaded only on its page.
export const load = async ({ data }) => {
	const load = lessons[`/${data.lesson.file}`];
	return { ...data, body: (await load()).default };
};
