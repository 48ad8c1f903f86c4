import type { Component } from 'svelte';

const intros = import.meta.glob<{ default: Component }>('/content/modules/*/index.md');

// The module's optional introduction, written in its index.md.
export const load = async ({ data }) => {
	const loader = Object.entries(intros).find(([path]) =>
		new RegExp(`/\\d{2}-${data.module.slug}/index\\.md$`).test(path)
	)?.[1];
	return { ...data, intro: loader ? (await loader()).default : null };
};
