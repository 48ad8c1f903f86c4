// What the attestation states: the modules the learner finished (every item done) and the
// scenarios played, with the dates of the first and last recorded activity. The learner
// declares it on their honour; nothing here claims to verify it.
import type { StoredRecord } from './types';
import { doneSet } from './summary';

export interface AttestationFacts {
	modules: { order: number; titre: string }[];
	scenarios: string[];
	firstAt?: number;
	lastAt?: number;
}

export function attestationFacts(
	outline: {
		modules: { order: number; titre: string; items: string[] }[];
		scenarios: { id: string; titre: string }[];
	},
	record: StoredRecord
): AttestationFacts {
	const done = doneSet(record);
	const played = new Set(
		record.scenarioRuns.filter((run) => run.endedAt).map((run) => run.subject)
	);
	const times = record.events.map((event) => event.at);
	return {
		modules: outline.modules.filter(
			(module) => module.items.length > 0 && module.items.every((item) => done.has(item))
		),
		scenarios: outline.scenarios.filter((s) => played.has(s.id)).map((s) => s.titre),
		...(times.length ? { firstAt: Math.min(...times), lastAt: Math.max(...times) } : {})
	};
}

export const longDate = (at: number) =>
	new Date(at).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
