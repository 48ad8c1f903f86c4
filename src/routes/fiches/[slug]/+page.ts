import type { Component } from 'svelte';

const bodies = import.meta.glob<{ default: Component }>('/content/fiches/*.md');

export const load = async ({ data }) => ({
	...data,
	body: (await bodies[`/${data.sheet.file}`]()).default
});
