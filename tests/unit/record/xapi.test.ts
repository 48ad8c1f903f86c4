// Every exported statement is checked against the xAPI 1.0.3 rules listed in `RULES` (Data
// section 2.4 of the specification). No maintained validator fits a Node 20 project without
// new dependencies, so the rules Repères relies on are written out and tested here.
import { describe, expect, it } from 'vitest';
import {
	ACTIVITY_TYPES,
	VERBS,
	xapiActor,
	xapiStatements,
	type XapiStatement
} from '$lib/record/xapi';

const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const ISO_8601_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp'];

const isLanguageMap = (map: unknown) =>
	typeof map === 'object' &&
	map !== null &&
	Object.entries(map).every(([key, value]) => LANGUAGE_TAG.test(key) && typeof value === 'string');

function activityProblems(activity: XapiStatement['object'], where: string): string[] {
	const problems: string[] = [];
	if (activity.objectType !== 'Activity') problems.push(`${where}: objectType must be "Activity"`);
	if (!ABSOLUTE_IRI.test(activity.id)) problems.push(`${where}: id must be an absolute IRI`);
	const definition = activity.definition ?? {};
	if (definition.type && !ABSOLUTE_IRI.test(definition.type))
		problems.push(`${where}: definition.type must be an IRI`);
	if (definition.name && !isLanguageMap(definition.name))
		problems.push(`${where}: definition.name must be a language map`);
	if (definition.interactionType && definition.type !== ACTIVITY_TYPES.interaction)
		problems.push(`${where}: interactionType only on cmi.interaction activities`);
	return problems;
}

/** The rules, one line each: what an LRS conforming to 1.0.3 would reject. */
function statementProblems(statement: XapiStatement): string[] {
	const problems: string[] = [];
	const extra = Object.keys(statement).filter((key) => !STATEMENT_KEYS.includes(key));
	if (extra.length) problems.push(`unknown properties ${extra}`);
	if (!UUID.test(statement.id)) problems.push('id must be an RFC 4122 UUID');
	const actor = statement.actor as Record<string, unknown>;
	const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => key in actor);
	if (ifis.length !== 1) problems.push('actor must have exactly one inverse functional identifier');
	if ('mbox' in actor && !/^mailto:[^@\s]+@[^@\s]+$/.test(String(actor.mbox)))
		problems.push('mbox must be a mailto: IRI');
	if ('account' in actor) {
		const account = actor.account as { homePage?: string; name?: string };
		if (!/^https?:\/\//.test(account.homePage ?? ''))
			problems.push('account.homePage must be an IRL');
		if (!account.name) problems.push('account.name is required');
	}
	if (!ABSOLUTE_IRI.test(statement.verb.id)) problems.push('verb.id must be an IRI');
	if (!isLanguageMap(statement.verb.display)) problems.push('verb.display must be a language map');
	problems.push(...activityProblems(statement.object, 'object'));
	const result = statement.result;
	if (result) {
		if ('success' in result && typeof result.success !== 'boolean')
			problems.push('result.success is a boolean');
		if ('completion' in result && typeof result.completion !== 'boolean')
			problems.push('result.completion is a boolean');
		if ('response' in result && typeof result.response !== 'string')
			problems.push('result.response is a string');
		for (const key of Object.keys(result.extensions ?? {}))
			if (!ABSOLUTE_IRI.test(key)) problems.push('extension keys must be IRIs');
	}
	const context = statement.context;
	if (context) {
		if (!LANGUAGE_TAG.test(context.language)) problems.push('context.language must be RFC 5646');
		for (const parent of context.contextActivities?.parent ?? [])
			problems.push(...activityProblems(parent, 'context parent'));
		if (context.contextActivities?.parent && !Array.isArray(context.contextActivities.parent))
			problems.push('contextActivities values are arrays');
	}
	if (!ISO_8601_UTC.test(statement.timestamp))
		problems.push('timestamp must be ISO 8601 with a zone');
	return problems;
}

const BASE = 'https://formation.exemple.fr/xapi/';
const events = [
	{ at: 1_000, type: 'lesson.open', subject: 'intro/gem' },
	{ at: 2_000, type: 'lesson.complete', subject: 'intro/gem' },
	{ at: 3_000, type: 'scenario.start', subject: 'premier-jour', detail: { run: 1 } },
	{
		at: 4_000,
		type: 'scenario.choice',
		subject: 'premier-jour',
		detail: { run: 1, sceneId: 'accueil', choiceId: 'cafe' }
	},
	{
		at: 5_000,
		type: 'scenario.end',
		subject: 'premier-jour',
		detail: { run: 1, ending: 'fin-apaisee' }
	},
	{
		at: 6_000,
		type: 'quiz.answer',
		subject: 'gem-ou-soin',
		detail: { question: 'lieu', options: ['non'], correct: true }
	},
	{ at: 7_000, type: 'lesson.reopen', subject: 'intro/gem' }
];
const titles = {
	lessons: { 'intro/gem': 'Qu’est-ce qu’un GEM ?' },
	scenarios: { 'premier-jour': 'Premier jour au GEM' },
	quizzes: { 'gem-ou-soin': 'Le GEM et le soin' }
};

describe('xAPI export', () => {
	const actors = [
		xapiActor('https://formation.exemple.fr', { anonymousId: '6f1c2d0e-anonyme' }),
		xapiActor('https://formation.exemple.fr', {
			name: 'Camille Martin',
			email: 'camille@exemple.fr',
			anonymousId: 'x'
		})
	];

	it.each(actors.map((actor) => [Object.keys(actor).join(','), actor]))(
		'every statement follows the xAPI 1.0.3 rules (actor %s)',
		async (_, actor) => {
			const statements = await xapiStatements({
				base: BASE,
				actor,
				events,
				completed: [{ key: 'quiz:gem-ou-soin', firstAt: 6_000 }],
				titles
			});
			expect(statements.length).toBe(7);
			for (const statement of statements)
				expect(statementProblems(statement), statement.object.id).toEqual([]);
			expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
		}
	);

	it('uses the three verbs and stable ids under the base', async () => {
		const input = { base: BASE, actor: actors[0], events, completed: [], titles };
		const statements = await xapiStatements(input);
		expect(
			statements.map((s) => [s.verb.id.split('/').pop(), s.object.id.slice(BASE.length)])
		).toEqual([
			['experienced', 'lecon/intro/gem'],
			['completed', 'lecon/intro/gem'],
			['experienced', 'mise-en-situation/premier-jour'],
			['answered', 'mise-en-situation/premier-jour/scene/accueil'],
			['completed', 'mise-en-situation/premier-jour'],
			['answered', 'verification/gem-ou-soin/question/lieu']
		]);
		expect(Object.values(VERBS)).toContain(statements[0].verb.id);
		expect(statements[5].result).toEqual({ success: true, response: 'non' });
		// A second export of the same record gives the same statement ids.
		expect((await xapiStatements(input)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
	});

	it('rejects what the rules forbid (the checker itself is not lenient)', async () => {
		const [statement] = await xapiStatements({
			base: BASE,
			actor: actors[0],
			events,
			completed: [],
			titles
		});
		expect(statementProblems({ ...statement, id: 'pas-un-uuid' })).toContain(
			'id must be an RFC 4122 UUID'
		);
		expect(
			statementProblems({ ...statement, actor: { ...actors[0], mbox: 'mailto:a@b.fr' } as never })
		).toContain('actor must have exactly one inverse functional identifier');
		expect(statementProblems({ ...statement, timestamp: '2026-12-04' })).toContain(
			'timestamp must be ISO 8601 with a zone'
		);
	});
});
