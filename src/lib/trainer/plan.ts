// A session plan as the trainer prepares it at /formateur/: what the room will see, in order.
// Plans are plain JSON, stored on the device and exchanged between co-trainers as files.

export type PlanItemKind = 'lesson' | 'scenario' | 'quiz' | 'echange';

export interface PlanItem {
	/** Unique within the plan: notes, tallies and timings are keyed by it. */
	key: string;
	kind: PlanItemKind;
	/** Lesson id (`module/lesson`), scenario id or quiz id; absent for a "temps d'échange". */
	ref?: string;
	/** Shown in the plan; for a "temps d'échange", the trainer's own title. */
	titre: string;
	/** For a "temps d'échange": the prompt shown to the room. */
	consigne?: string;
	/** Planned duration, in minutes. */
	duree: number;
}

export interface Plan {
	id: string;
	titre: string;
	/** ISO date (yyyy-mm-dd) of the session, or empty. */
	date: string;
	groupe: string;
	items: PlanItem[];
	createdAt: number;
	updatedAt: number;
}

/** What the editor offers to add: the whole course, derived from content/ at build. */
export interface CatalogueEntry {
	kind: Exclude<PlanItemKind, 'echange'>;
	ref: string;
	titre: string;
	/** Module title, to group the list. */
	module: string;
	duree: number;
}

export const KIND_LABELS: Record<PlanItemKind, string> = {
	lesson: 'Leçon',
	scenario: 'Mise en situation',
	quiz: 'Pour vérifier',
	echange: 'Temps d’échange'
};

/** Short random ids: unique enough for a device, no dependency. */
export const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 8);

export function emptyPlan(now: number): Plan {
	return {
		id: newId(),
		titre: 'Nouvelle séance',
		date: '',
		groupe: '',
		items: [],
		createdAt: now,
		updatedAt: now
	};
}

export function itemFromCatalogue(entry: CatalogueEntry): PlanItem {
	return { key: newId(), kind: entry.kind, ref: entry.ref, titre: entry.titre, duree: entry.duree };
}

export function echangeItem(titre: string, consigne: string, duree = 15): PlanItem {
	return { key: newId(), kind: 'echange', titre, consigne, duree };
}

/** Moves one item up (-1) or down (+1); out-of-range moves leave the list as it is. */
export function moveItem<T>(items: T[], index: number, delta: number): T[] {
	const target = index + delta;
	if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
	const copy = [...items];
	const [item] = copy.splice(index, 1);
	copy.splice(target, 0, item);
	return copy;
}

export const plannedMinutes = (plan: Pick<Plan, 'items'>) =>
	plan.items.reduce((sum, item) => sum + item.duree, 0);
