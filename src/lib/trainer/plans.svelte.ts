// The plan list of /formateur/, kept in step with the device's storage.
import { emptyPlan, newId, type Plan } from './plan';
import { trainerRepository } from './repository';

export class PlanList {
	plans = $state.raw<Plan[]>([]);
	loaded = $state(false);
	problem = $state<string | null>(null);

	async load() {
		const repository = trainerRepository();
		if (!(await repository.isAvailable())) {
			this.problem =
				'Cet appareil ne permet pas d’enregistrer des plans (stockage indisponible, peut-être une navigation privée). Vous pouvez en préparer un, mais il sera perdu en quittant la page.';
		}
		this.plans = await repository.listPlans();
		this.loaded = true;
	}

	find(id: string | null) {
		return this.plans.find((plan) => plan.id === id) ?? null;
	}

	async save(plan: Plan) {
		const updated = { ...plan, updatedAt: Date.now() };
		const others = this.plans.filter((p) => p.id !== plan.id);
		this.plans = [updated, ...others];
		if (!(await trainerRepository().savePlan($state.snapshot(updated) as Plan)) && !this.problem) {
			this.problem = 'Le plan n’a pas pu être enregistré sur cet appareil.';
		}
		return updated;
	}

	create() {
		return this.save(emptyPlan(Date.now()));
	}

	duplicate(plan: Plan) {
		return this.save({
			...plan,
			id: newId(),
			titre: `${plan.titre} (copie)`,
			items: plan.items.map((item) => ({
				...item,
				key: newId() + Math.random().toString(36).slice(2, 5)
			})),
			createdAt: Date.now()
		});
	}

	async remove(id: string) {
		this.plans = this.plans.filter((plan) => plan.id !== id);
		await trainerRepository().deletePlan(id);
	}
}
