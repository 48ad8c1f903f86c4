import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReperesDb } from '$lib/progress/db';
import { emptyPlan, echangeItem } from '$lib/trainer/plan';
import { createTrainerRepository } from '$lib/trainer/repository';

let counter = 0;
const fresh = () => {
	const name = `trainer-${++counter}-${Math.random()}`;
	return {
		name,
		repository: createTrainerRepository(
			() => new ReperesDb(name),
			() => 42
		)
	};
};

describe('trainer repository', () => {
	it('saves, lists, renames and deletes plans with everything that belongs to them', async () => {
		const { name, repository } = fresh();
		const plan = { ...emptyPlan(1), items: [echangeItem('Tour de table', 'Qui êtes-vous ?')] };
		const other = emptyPlan(2);
		expect(await repository.savePlan(plan)).toBe(true);
		await repository.savePlan(other);
		expect((await repository.listPlans()).map((p) => p.id).sort()).toEqual(
			[plan.id, other.id].sort()
		);
		await repository.savePlan({ ...plan, titre: 'Renommée' });
		expect((await repository.readPlan(plan.id))?.titre).toBe('Renommée');

		await repository.saveNote(plan.id, plan.items[0].key, 'Bonne énergie');
		await repository.saveParticipants(plan.id, ['Awa', 'Bruno']);
		await repository.saveSession(plan.id, {
			snapshot: { value: 'echange' },
			items: plan.items,
			timing: { startedAt: 1, current: null, spent: {} }
		});
		expect(await repository.readNotes(plan.id)).toEqual({ [plan.items[0].key]: 'Bonne énergie' });
		expect(await repository.readParticipants(plan.id)).toEqual(['Awa', 'Bruno']);
		expect((await repository.readSession(plan.id))?.snapshot).toEqual({ value: 'echange' });

		expect(await repository.deletePlan(plan.id)).toBe(true);
		expect(await repository.readPlan(plan.id)).toBeNull();
		expect(await repository.readSession(plan.id)).toBeNull();
		expect(await repository.readNotes(plan.id)).toEqual({});
		expect(await repository.readParticipants(plan.id)).toEqual([]);
		expect((await repository.listPlans()).map((p) => p.id)).toEqual([other.id]);

		// Trainer mode never writes learner progress.
		const db = new ReperesDb(name);
		await db.open();
		expect(await db.lessons.count()).toBe(0);
		expect(await db.events.count()).toBe(0);
		expect(await db.runs.count()).toBe(0);
		db.close();
	});

	it('keeps working (and says so by returning false) when IndexedDB is missing', async () => {
		const repository = createTrainerRepository(() => {
			throw Object.assign(new Error('missing'), { name: 'MissingAPIError' });
		});
		expect(await repository.isAvailable()).toBe(false);
		expect(await repository.savePlan(emptyPlan(0))).toBe(false);
		expect(await repository.listPlans()).toEqual([]);
	});
});
