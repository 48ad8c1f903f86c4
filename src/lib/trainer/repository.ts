// Everything trainer mode keeps on the device, through intention-named functions. It shares
// the one Repères database (version 6 tables) but never touches learner progress tables.
import { ReperesDb } from '$lib/progress/db';
import type { Plan } from './plan';

export interface StoredSession {
	/** Persisted snapshot of the session machine. */
	snapshot: unknown;
	timing: SessionTiming;
	/** Plan items as they were when the session started (a later edit does not break it). */
	items: Plan['items'];
}

export interface SessionTiming {
	startedAt: number;
	/** Item key on screen and since when. */
	current: { key: string; since: number } | null;
	/** Milliseconds spent on each item, by key, not counting the current stretch. */
	spent: Record<string, number>;
}

export function createTrainerRepository(
	createDb: () => ReperesDb = () => new ReperesDb(),
	now = Date.now
) {
	let dbPromise: Promise<ReperesDb | null> | null = null;
	const database = () =>
		(dbPromise ??= (async () => {
			try {
				const db = createDb();
				db.on('versionchange', () => {
					db.close();
					return false;
				});
				await db.open();
				return db;
			} catch {
				return null;
			}
		})());

	async function write(action: (db: ReperesDb) => Promise<unknown>): Promise<boolean> {
		const db = await database();
		if (!db) return false;
		try {
			await action(db);
			return true;
		} catch {
			return false;
		}
	}

	async function read<T>(query: (db: ReperesDb) => Promise<T>, fallback: T): Promise<T> {
		const db = await database();
		if (!db) return fallback;
		try {
			return await query(db);
		} catch {
			return fallback;
		}
	}

	return {
		isAvailable: async () => (await database()) !== null,

		listPlans: () =>
			read(
				async (db) =>
					(await db.trainerPlans.toArray())
						.map((row) => row.plan as Plan)
						.sort((a, b) => b.updatedAt - a.updatedAt),
				[] as Plan[]
			),

		readPlan: (id: string) =>
			read(async (db) => ((await db.trainerPlans.get(id))?.plan as Plan | undefined) ?? null, null),

		savePlan: (plan: Plan) => {
			const saved = { ...plan, updatedAt: now() };
			return write((db) =>
				db.trainerPlans.put({ id: plan.id, updatedAt: saved.updatedAt, plan: saved })
			);
		},

		/** Deletes the plan with its session, notes and attendance sheet. */
		deletePlan: (id: string) =>
			write((db) =>
				db.transaction(
					'rw',
					[db.trainerPlans, db.trainerSessions, db.trainerNotes, db.trainerAttendance],
					async () => {
						await db.trainerPlans.delete(id);
						await db.trainerSessions.delete(id);
						await db.trainerNotes.where('planId').equals(id).delete();
						await db.trainerAttendance.delete(id);
					}
				)
			),

		readSession: (planId: string) =>
			read(
				async (db) =>
					((await db.trainerSessions.get(planId))?.state as StoredSession | undefined) ?? null,
				null
			),

		saveSession: (planId: string, state: StoredSession) =>
			write((db) => db.trainerSessions.put({ planId, updatedAt: now(), state })),

		forgetSession: (planId: string) => write((db) => db.trainerSessions.delete(planId)),

		saveNote: (planId: string, itemKey: string, text: string) =>
			write((db) =>
				db.trainerNotes.put({ id: `${planId}/${itemKey}`, planId, text, updatedAt: now() })
			),

		/** Trainer notes of a plan, by item key. */
		readNotes: (planId: string) =>
			read(
				async (db) =>
					Object.fromEntries(
						(await db.trainerNotes.where('planId').equals(planId).toArray()).map((note) => [
							note.id.slice(planId.length + 1),
							note.text
						])
					) as Record<string, string>,
				{} as Record<string, string>
			),

		saveParticipants: (planId: string, participants: string[]) =>
			write((db) => db.trainerAttendance.put({ planId, participants, updatedAt: now() })),

		readParticipants: (planId: string) =>
			read(
				async (db) => (await db.trainerAttendance.get(planId))?.participants ?? [],
				[] as string[]
			)
	};
}

export type TrainerRepository = ReturnType<typeof createTrainerRepository>;

let shared: TrainerRepository | null = null;
/** The page's repository; Dexie loads with it, after first paint. */
export const trainerRepository = () => (shared ??= createTrainerRepository());
