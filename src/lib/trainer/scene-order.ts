// Scenes in the order a reader meets them: breadth first from the first scene, then any
// scene no path reaches (the validator forbids those, but a guide never hides a scene).
export function sceneOrder(scenes: Record<string, { choix: { suite: string }[] }>, first: string) {
	const order = [first];
	for (let index = 0; index < order.length; index++) {
		for (const choice of scenes[order[index]]?.choix ?? []) {
			if (!order.includes(choice.suite)) order.push(choice.suite);
		}
	}
	return [...order, ...Object.keys(scenes).filter((id) => !order.includes(id))];
}
