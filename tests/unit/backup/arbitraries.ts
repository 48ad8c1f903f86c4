// fast-check generators of what a device may hold, shaped as the database stores it.
import fc from 'fast-check';

const time = fc.integer({ min: 1, max: 2_000_000_000_000 });
const slug = fc.constantFrom('a', 'b', 'c', 'd');
const lessonId = fc.tuple(slug, slug).map(([m, l]) => `${m}/${l}`);
const scenarioId = fc.constantFrom('premier-jour', 'crise', 'accueil');
const quizId = fc.constantFrom('gem-ou-soin', 'cadre');
/** Any text, HTML and script included: it must come back as the same text. */
const text = fc.oneof(fc.string(), fc.constant('<script>alert(1)</script><b>gras</b>'));

export const lesson = fc
	.record({
		id: lessonId,
		state: fc.constantFrom('en-cours', 'terminee'),
		openedAt: time,
		updatedAt: time
	})
	.map((row) => ({
		...row,
		moduleSlug: row.id.split('/')[0],
		...(row.state === 'terminee' ? { completedAt: row.updatedAt } : {})
	}));

export const scenarioRun = fc.record(
	{
		kind: fc.constant('scenario'),
		subject: scenarioId,
		version: fc.constantFrom('v1', 'v2'),
		startedAt: time,
		updatedAt: time,
		choices: fc.array(fc.record({ sceneId: slug, choiceId: slug, at: time }), { maxLength: 4 }),
		snapshot: fc.record({ value: slug, context: fc.record({ flags: fc.array(slug) }) }),
		endedAt: time,
		ending: slug
	},
	{ requiredKeys: ['kind', 'subject', 'version', 'startedAt', 'updatedAt', 'choices', 'snapshot'] }
);

const answer = fc.record({
	optionIds: fc.array(slug, { maxLength: 3 }),
	correct: fc.boolean(),
	at: time
});

export const quizAttempt = fc.record(
	{
		kind: fc.constant('quiz'),
		subject: quizId,
		version: fc.constantFrom('v1', 'v2'),
		startedAt: time,
		updatedAt: time,
		answers: fc.dictionary(slug, answer, { maxKeys: 3 }),
		completedAt: time,
		order: fc.dictionary(slug, fc.array(slug, { maxLength: 3 }), { maxKeys: 3 })
	},
	{ requiredKeys: ['kind', 'subject', 'version', 'startedAt', 'updatedAt', 'answers'] }
);

export const completed = fc
	.record({
		key: fc.oneof(
			scenarioId.map((id) => `scenario:${id}`),
			quizId.map((id) => `quiz:${id}`)
		),
		firstAt: time,
		lastAt: time,
		count: fc.integer({ min: 1, max: 5 }),
		endings: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 })
	})
	.map((row) => ({ ...row, endings: [...row.endings].sort() }));

export const event = fc.record(
	{
		at: time,
		type: fc.constantFrom('lesson.open', 'lesson.complete', 'scenario.end', 'quiz.answer'),
		subject: fc.oneof(lessonId, scenarioId),
		detail: fc.record({ run: fc.nat(20) })
	},
	{ requiredKeys: ['at', 'type', 'subject'] }
);

export const bookmark = fc
	.record({ slug, titre: text, at: time })
	.map(({ slug: id, titre, at }) => ({ id: `fiche:${id}`, titre, href: `/fiches/${id}/`, at }));

export const note = fc.record({ id: lessonId, text, updatedAt: time });

/** A whole device: unique keys per table, as a database holds them. */
export const device = fc
	.record({
		lessons: fc.uniqueArray(lesson, { selector: (row) => row.id, maxLength: 6 }),
		// One run per scenario and start, one attempt per check and version, as the app writes them.
		runs: fc.uniqueArray(fc.oneof(scenarioRun, quizAttempt), {
			selector: (row) =>
				[row.kind, row.subject, row.kind === 'quiz' ? row.version : row.startedAt].join('|'),
			maxLength: 5
		}),
		completed: fc.uniqueArray(completed, { selector: (row) => row.key, maxLength: 4 }),
		events: fc.array(event, { maxLength: 8 }),
		bookmarks: fc.uniqueArray(bookmark, { selector: (row) => row.id, maxLength: 3 }),
		lessonNotes: fc.uniqueArray(note, { selector: (row) => row.id, maxLength: 3 })
	})
	.map((tables) => ({
		...tables,
		runs: tables.runs.map((row, index) => ({ ...row, id: index + 1 })),
		events: tables.events.map((row, index) => ({ ...row, seq: index + 1 }))
	}));

/** Every content id the generators use: the course "knows" them all. */
export const KNOWN = new Set([
	...['a', 'b', 'c', 'd'].flatMap((m) => ['a', 'b', 'c', 'd'].map((l) => `lesson:${m}/${l}`)),
	...['premier-jour', 'crise', 'accueil'].map((id) => `scenario:${id}`),
	...['gem-ou-soin', 'cadre'].map((id) => `quiz:${id}`),
	...['a', 'b', 'c', 'd'].map((id) => `sheet:${id}`)
]);
