import { recordOutline } from '$lib/record/outline.server';

export const load = () => {
	const { modules, scenarios } = recordOutline();
	return {
		modules: modules.map(({ order, titre, href, items, lessons }) => ({
			order,
			titre,
			href,
			items,
			lessons
		})),
		scenarios: scenarios.map(({ id, titre }) => ({ id, titre }))
	};
};
