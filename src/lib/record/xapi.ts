// The record as xAPI 1.0.3 statements, for trainers whose organisation runs a Learning Record
// Store (README, "xAPI export"). Activity ids are IRIs under one base, `<site origin>/xapi/`,
// built from content ids that never change (architecture.md, "URLs and identity"):
//   lessons `…/xapi/lecon/<module>/<lesson>`, scenarios `…/xapi/mise-en-situation/<id>`,
//   a scenario's scenes `…/scene/<scene>`, checks `…/xapi/verification/<id>`, their
//   questions `…/question/<question>`. Statement ids are derived from the event itself, so a
//   second export of the same record sends the same ids (an LRS keeps one copy).

export const VERBS = {
	experienced: 'http://adlnet.gov/expapi/verbs/experienced',
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	completed: 'http://adlnet.gov/expapi/verbs/completed'
} as const;

export const ACTIVITY_TYPES = {
	lesson: 'http://adlnet.gov/expapi/activities/lesson',
	simulation: 'http://adlnet.gov/expapi/activities/simulation',
	assessment: 'http://adlnet.gov/expapi/activities/assessment',
	interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction'
} as const;

const LANGUAGE = 'fr-FR';
const VERB_LABELS = { experienced: 'a consulté', answered: 'a répondu', completed: 'a terminé' };

export type XapiActor =
	| { objectType: 'Agent'; name?: string; mbox: string }
	| { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };

export interface XapiActivity {
	objectType: 'Activity';
	id: string;
	definition?: { name?: Record<string, string>; type?: string; interactionType?: string };
}

export interface XapiStatement {
	id: string;
	actor: XapiActor;
	verb: { id: string; display: Record<string, string> };
	object: XapiActivity;
	result?: {
		success?: boolean;
		completion?: boolean;
		response?: string;
		extensions?: Record<string, unknown>;
	};
	context?: {
		platform: string;
		language: string;
		contextActivities?: { parent?: XapiActivity[] };
	};
	timestamp: string;
}

export interface XapiEvent {
	at: number;
	type: string;
	subject: string;
	detail?: Record<string, unknown>;
}

export interface XapiInput {
	/** `<site origin>/xapi/`, with its final slash. */
	base: string;
	actor: XapiActor;
	events: XapiEvent[];
	/** Finished checks (`quiz:<id>` rows of `completed`). */
	completed: { key: string; firstAt: number }[];
	/** Titles of lessons, scenarios and checks, by content id. */
	titles: {
		lessons: Record<string, string>;
		scenarios: Record<string, string>;
		quizzes: Record<string, string>;
	};
}

/** The actor: the name and address the learner gives, or an anonymous account on this site. */
export function xapiActor(
	origin: string,
	person: { name?: string; email?: string; anonymousId: string }
): XapiActor {
	const name = person.name?.trim() || undefined;
	const email = person.email?.trim();
	if (email) return { objectType: 'Agent', ...(name ? { name } : {}), mbox: `mailto:${email}` };
	return {
		objectType: 'Agent',
		...(name ? { name } : {}),
		account: { homePage: `${origin}/`, name: person.anonymousId }
	};
}

/** A UUID (version 5 layout) from a SHA-256 of the text: the same event always gets the same id. */
async function uuidOf(text: string): Promise<string> {
	const bytes = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
	).slice(0, 16);
	bytes[6] = (bytes[6] & 0x0f) | 0x50;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Content ids are lowercase slugs; anything else is percent-encoded so the IRI stays valid. */
const segment = (id: string) => id.split('/').map(encodeURIComponent).join('/');

export async function xapiStatements(input: XapiInput): Promise<XapiStatement[]> {
	const { base, actor, titles } = input;
	const activity = (path: string, type: string, title?: string, extra = {}): XapiActivity => ({
		objectType: 'Activity',
		id: `${base}${path}`,
		definition: { type, ...(title ? { name: { [LANGUAGE]: title } } : {}), ...extra }
	});
	const lesson = (id: string) =>
		activity(`lecon/${segment(id)}`, ACTIVITY_TYPES.lesson, titles.lessons[id]);
	const scenario = (id: string) =>
		activity(`mise-en-situation/${segment(id)}`, ACTIVITY_TYPES.simulation, titles.scenarios[id]);
	const quiz = (id: string) =>
		activity(`verification/${segment(id)}`, ACTIVITY_TYPES.assessment, titles.quizzes[id]);

	type Draft = Omit<XapiStatement, 'id' | 'actor' | 'timestamp' | 'context'> & {
		at: number;
		parent?: XapiActivity;
	};
	const drafts: Draft[] = [];
	const verb = (name: keyof typeof VERBS) => ({
		id: VERBS[name],
		display: { 'en-US': name, [LANGUAGE]: VERB_LABELS[name] }
	});

	for (const event of input.events) {
		const detail = event.detail ?? {};
		switch (event.type) {
			case 'lesson.open':
				drafts.push({ at: event.at, verb: verb('experienced'), object: lesson(event.subject) });
				break;
			case 'lesson.complete':
				drafts.push({
					at: event.at,
					verb: verb('completed'),
					object: lesson(event.subject),
					result: { completion: true }
				});
				break;
			case 'scenario.start':
				drafts.push({ at: event.at, verb: verb('experienced'), object: scenario(event.subject) });
				break;
			case 'scenario.choice':
				drafts.push({
					at: event.at,
					verb: verb('answered'),
					object: activity(
						`mise-en-situation/${segment(event.subject)}/scene/${segment(String(detail.sceneId))}`,
						ACTIVITY_TYPES.interaction,
						undefined,
						{ interactionType: 'choice' }
					),
					result: { response: String(detail.choiceId) },
					parent: scenario(event.subject)
				});
				break;
			case 'scenario.end':
				drafts.push({
					at: event.at,
					verb: verb('completed'),
					object: scenario(event.subject),
					result: {
						completion: true,
						extensions: { [`${base}extension/fin`]: String(detail.ending) }
					}
				});
				break;
			case 'quiz.answer':
				drafts.push({
					at: event.at,
					verb: verb('answered'),
					object: activity(
						`verification/${segment(event.subject)}/question/${segment(String(detail.question))}`,
						ACTIVITY_TYPES.interaction,
						undefined,
						{ interactionType: 'choice' }
					),
					result: {
						success: detail.correct === true,
						// xAPI's "choice" response: the chosen ids joined by "[,]".
						response: ((detail.options as string[]) ?? []).join('[,]')
					},
					parent: quiz(event.subject)
				});
				break;
			// `lesson.reopen` and `progress.restore` say nothing an LRS tracks.
		}
	}
	for (const row of input.completed) {
		if (!row.key.startsWith('quiz:')) continue;
		drafts.push({
			at: row.firstAt,
			verb: verb('completed'),
			object: quiz(row.key.slice(5)),
			result: { completion: true }
		});
	}

	drafts.sort((a, b) => a.at - b.at);
	const identity = JSON.stringify(actor);
	return Promise.all(
		drafts.map(async ({ at, parent, ...statement }) => ({
			id: await uuidOf(
				JSON.stringify([
					identity,
					at,
					statement.verb.id,
					statement.object.id,
					statement.result ?? null
				])
			),
			actor,
			...statement,
			context: {
				platform: 'Repères',
				language: LANGUAGE,
				...(parent ? { contextActivities: { parent: [parent] } } : {})
			},
			timestamp: new Date(at).toISOString()
		}))
	);
}
