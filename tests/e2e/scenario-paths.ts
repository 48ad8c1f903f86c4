// Reads a scenario's YAML in the test so paths are written with ids but played by the labels
// a reader sees (buttons are found by accessible name).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Scene = { choix?: { id: string; libelle: string; suite: string }[]; fin?: { ton: string } };
export interface ScenarioFile {
	debut: string;
	scenes: Record<string, Scene>;
}

export const readScenario = (file: string) => parse(readFileSync(file, 'utf8')) as ScenarioFile;

/** Labels of the choices along the first path (depth-first) from the start to `ending`. */
export function labelsTo(scenario: ScenarioFile, ending: string): string[] {
	const walk = (sceneId: string, seen: Set<string>): string[] | null => {
		if (sceneId === ending) return [];
		for (const choice of scenario.scenes[sceneId].choix ?? []) {
			if (seen.has(choice.suite)) continue;
			const rest = walk(choice.suite, new Set([...seen, choice.suite]));
			if (rest) return [choice.libelle, ...rest];
		}
		return null;
	};
	const path = walk(scenario.debut, new Set([scenario.debut]));
	if (!path) throw new Error(`no path to ${ending}`);
	return path;
}

export const endingsOf = (scenario: ScenarioFile) =>
	Object.entries(scenario.scenes)
		.filter(([, scene]) => scene.fin)
		.map(([id, scene]) => ({ id, ton: scene.fin!.ton }));

export const TON_HEADINGS: Record<string, string> = {
	positive: 'Une fin apaisée',
	nuancee: 'Une fin en demi-teinte',
	difficile: 'Une fin difficile'
};
