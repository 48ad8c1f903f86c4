import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_FILE_BYTES, planToFile, readPlanFile } from '$lib/trainer/plan-file';
import { echangeItem, emptyPlan, moveItem, plannedMinutes } from '$lib/trainer/plan';

const course = new Set([
	'lesson:introduction-aux-gem/qu-est-ce-qu-un-gem',
	'scenario:premier-jour',
	'quiz:gem-ou-soin'
]);
const known = (kind: string, ref: string) => course.has(`${kind}:${ref}`);
const fixture = (name: string) => readFileSync(`tests/fixtures/plans/${name}`, 'utf8');
const read = (text: string, bytes = new TextEncoder().encode(text).length) =>
	readPlanFile(text, bytes, known, 1_000);

describe('plan files', () => {
	it('reads a valid plan as a new plan, with new keys, keeping text as it was written', () => {
		const result = read(fixture('valide.json'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.dropped).toEqual([]);
		expect(result.plan.titre).toBe('Journée d’accueil');
		expect(result.plan.items.map((item) => item.kind)).toEqual([
			'lesson',
			'scenario',
			'quiz',
			'echange'
		]);
		expect(result.plan.items[3].titre).toBe('<img src=x onerror=alert(1)>');
		expect(new Set(result.plan.items.map((item) => item.key)).size).toBe(4);
	});

	it('round-trips through export', () => {
		const first = read(fixture('valide.json'));
		if (!first.ok) throw new Error(first.message);
		const again = read(JSON.stringify(planToFile(first.plan)));
		const withoutKeys = (items: { key: string }[]) => items.map((item) => ({ ...item, key: '' }));
		expect(again.ok && withoutKeys(again.plan.items)).toEqual(withoutKeys(first.plan.items));
	});

	it.each([
		['pas-du-json.json', /n’est pas un plan de séance Repères \(ce n’est pas du JSON\)/],
		['tronque.json', /incomplet : il semble coupé/],
		['version-inconnue.json', /version que cette application ne connaît pas \(version 7\)/],
		['trop-imbrique.json', /imbriqué trop profondément/],
		['mal-forme.json', /mal formé \(champ « plan\.items\.0\.duree »\)/]
	])('refuses %s with a French message saying what is wrong', (name, message) => {
		const result = read(fixture(name));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
		expect(!result.ok && result.message).toMatch(/Rien n’a été importé\./);
	});

	it('refuses a file over 1 MB before reading it', () => {
		const result = read('{}', MAX_PLAN_FILE_BYTES + 1);
		expect(result).toEqual({
			ok: false,
			message: expect.stringMatching(/trop lourd \(plus de 1 Mo\)/)
		});
	});

	it('refuses JSON that is not a plan', () => {
		expect(read('[1, 2]')).toEqual({
			ok: false,
			message: expect.stringMatching(/n’est pas un plan de séance/)
		});
		expect(read('null').ok).toBe(false);
	});

	it('keeps what still exists and lists what was removed from the course', () => {
		const result = read(fixture('contenu-retire.json'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.plan.items.map((item) => item.ref ?? item.kind)).toEqual([
			'introduction-aux-gem/qu-est-ce-qu-un-gem',
			'gem-ou-soin',
			'echange'
		]);
		expect(result.dropped.map((item) => item.ref)).toEqual(['scenario-retire']);
	});
});

describe('plans', () => {
	it('moves items up and down, and ignores moves past either end', () => {
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
		expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
	});

	it('adds up planned minutes', () => {
		const plan = emptyPlan(0);
		plan.items = [
			echangeItem('Tour de table', 'Qui êtes-vous ?', 10),
			echangeItem('Pause', '', 15)
		];
		expect(plannedMinutes(plan)).toBe(25);
	});
});
