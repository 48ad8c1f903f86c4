// "Mon parcours" figures from a small record.
import { describe, expect, it } from 'vitest';
import {
	competencyPoints,
	doneSet,
	formatMinutes,
	minutesSpent,
	moduleProgress,
	nextStep,
	scenarioStats
} from '$lib/record/summary';
import type { RecordOutline, StoredRecord } from '$lib/record/types';

const outline: RecordOutline = {
	modules: [
		{
			order: 1,
			titre: 'Introduction',
			href: '/modules/intro/',
			items: ['intro/a', 'intro/b', 'scenario:jour'],
			lessons: [
				{ id: 'intro/a', titre: 'A', href: '/modules/intro/a/' },
				{ id: 'intro/b', titre: 'B', href: '/modules/intro/b/' }
			]
		}
	],
	scenarios: [
		{
			id: 'jour',
			titre: 'Premier jour',
			href: '/scenarios/jour/',
			endings: 3,
			choices: {
				'accueil/cafe': { recommended: true, effects: { posture: 1, ecoute: 2 } },
				'accueil/partir': { recommended: false, effects: { posture: -1 } }
			}
		}
	],
	quizzes: [],
	competences: [
		{ id: 'posture', libelle: 'Tenir sa posture' },
		{ id: 'ecoute', libelle: 'Écouter' }
	]
};

const record: StoredRecord = {
	lessons: [{ id: 'intro/a', state: 'terminee', openedAt: 1, completedAt: 2 }],
	scenarioRuns: [
		{
			subject: 'jour',
			startedAt: 10,
			endedAt: 20,
			ending: 'fin',
			choices: [
				{ sceneId: 'accueil', choiceId: 'cafe', at: 11 },
				{ sceneId: 'accueil', choiceId: 'partir', at: 12 }
			]
		}
	],
	quizAttempts: [],
	completed: [{ key: 'scenario:jour', firstAt: 20, lastAt: 20, count: 1, endings: ['fin'] }],
	events: []
};

describe('Mon parcours', () => {
	it('counts module items, endings and recommended choices', () => {
		const done = doneSet(record);
		expect(moduleProgress(outline, done)[0]).toMatchObject({ done: 2, total: 3 });
		expect(scenarioStats(outline, record)).toMatchObject({
			played: 1,
			total: 1,
			endingsReached: 1,
			endingsTotal: 3,
			runs: [{ titre: 'Premier jour', at: 20, recommended: 1, total: 2 }]
		});
		expect(nextStep(outline, done)).toMatchObject({ id: 'intro/b', module: 'Introduction' });
	});

	it('adds up the effects of every choice per competency', () => {
		expect(competencyPoints(outline, record).map((c) => [c.id, c.points])).toEqual([
			['posture', 0],
			['ecoute', 2]
		]);
	});

	it('caps each event at 10 minutes, so an open tab does not count hours', () => {
		const minute = 60_000;
		const events = [0, 2, 5, 300, 301].map((m) => ({ at: m * minute }));
		// 2 + 3 + 10 (capped, not 295) + 1
		expect(minutesSpent(events)).toBe(16);
		expect(formatMinutes(16)).toBe('16 min');
		expect(formatMinutes(125)).toBe('2 h 05 min');
	});
});
