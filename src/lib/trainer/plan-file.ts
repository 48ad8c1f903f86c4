// Plan files exchanged between co-trainers. Everything in a file is untrusted: it is checked
// here (size, JSON, depth, version, shape, known content) and shown later as text only.
import * as z from 'zod/mini';
import { newId, type Plan, type PlanItem } from './plan';

export const PLAN_FILE_VERSION = 1;
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 8;

const text = (max: number) => z.string().check(z.maxLength(max));

const itemSchema = z.object({
	kind: z.enum(['lesson', 'scenario', 'quiz', 'echange']),
	ref: z.optional(text(200)),
	titre: text(300),
	consigne: z.optional(text(4000)),
	duree: z.number().check(z.int(), z.minimum(0), z.maximum(600))
});

const fileSchema = z.object({
	format: z.literal('reperes-plan'),
	version: z.number(),
	plan: z.object({
		titre: text(300),
		date: text(20),
		groupe: text(300),
		items: z.array(itemSchema).check(z.maxLength(200))
	})
});

export type PlanFile = z.infer<typeof fileSchema>;

export function planToFile(plan: Plan): PlanFile {
	return {
		format: 'reperes-plan',
		version: PLAN_FILE_VERSION,
		plan: {
			titre: plan.titre,
			date: plan.date,
			groupe: plan.groupe,
			items: plan.items.map(({ kind, ref, titre, consigne, duree }) => ({
				kind,
				...(ref ? { ref } : {}),
				titre,
				...(consigne ? { consigne } : {}),
				duree
			}))
		}
	};
}

export const planFileName = (plan: Plan) =>
	`seance-${(plan.titre || 'sans-titre')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}.json`;

export type PlanImport =
	{ ok: true; plan: Plan; dropped: PlanItem[] } | { ok: false; message: string };

function depthOf(value: unknown, limit: number, depth = 0): number {
	if (depth > limit || value === null || typeof value !== 'object') return depth;
	let deepest = depth;
	for (const child of Object.values(value)) {
		deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
		if (deepest > limit) break;
	}
	return deepest;
}

/** `known(kind, ref)` says whether the course still has this lesson, scenario or check. */
export function readPlanFile(
	content: string,
	byteLength: number,
	known: (kind: PlanItem['kind'], ref: string) => boolean,
	now: number
): PlanImport {
	if (byteLength > MAX_PLAN_FILE_BYTES) {
		return {
			ok: false,
			message:
				'Ce fichier est trop lourd (plus de 1 Mo) : un plan de séance pèse quelques kilo-octets. Rien n’a été importé.'
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch {
		const trimmed = content.trim();
		const truncated = trimmed.startsWith('{') && !trimmed.endsWith('}');
		return {
			ok: false,
			message: truncated
				? 'Ce fichier est incomplet : il semble coupé avant la fin. Demandez à la personne qui l’a envoyé de l’exporter à nouveau. Rien n’a été importé.'
				: 'Ce fichier n’est pas un plan de séance Repères (ce n’est pas du JSON). Rien n’a été importé.'
		};
	}
	if (depthOf(data, MAX_DEPTH) > MAX_DEPTH) {
		return {
			ok: false,
			message:
				'Ce fichier est imbriqué trop profondément pour être un plan de séance. Rien n’a été importé.'
		};
	}
	const header = data as { format?: unknown; version?: unknown };
	if (typeof data !== 'object' || data === null || header.format !== 'reperes-plan') {
		return {
			ok: false,
			message: 'Ce fichier JSON n’est pas un plan de séance Repères. Rien n’a été importé.'
		};
	}
	if (header.version !== PLAN_FILE_VERSION) {
		return {
			ok: false,
			message: `Ce plan a été enregistré dans une version que cette application ne connaît pas (version ${String(header.version).slice(0, 20)}). Mettez l’application à jour, puis réessayez. Rien n’a été importé.`
		};
	}
	const parsed = fileSchema.safeParse(data);
	if (!parsed.success) {
		const where = parsed.error.issues[0]?.path.join('.') ?? '';
		return {
			ok: false,
			message: `Ce plan de séance est mal formé (champ « ${where} »). Rien n’a été importé.`
		};
	}
	const kept: PlanItem[] = [];
	const dropped: PlanItem[] = [];
	for (const raw of parsed.data.plan.items) {
		const item: PlanItem = { key: newId() + kept.length, ...raw };
		if (item.kind === 'echange' || (item.ref && known(item.kind, item.ref))) kept.push(item);
		else dropped.push(item);
	}
	const { titre, date, groupe } = parsed.data.plan;
	return {
		ok: true,
		plan: { id: newId(), titre, date, groupe, items: kept, createdAt: now, updatedAt: now },
		dropped
	};
}
