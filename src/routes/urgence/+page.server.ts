import { course, sourcesOf } from '$lib/content/index.server';
import { readEmergencyCard } from '$lib/content/urgence.server';

const yaml = Object.values(
	import.meta.glob('/content/urgence.yaml', { query: '?raw', import: 'default', eager: true })
)[0] as string;

export const load = () => {
	const card = readEmergencyCard(yaml, course.sources);
	return { card, sources: sourcesOf(card.sources) };
};
