// "Mon parcours" computed from the stored record and the course outline: pure functions, so
// every figure the page shows is tested without a browser.
import type { RecordOutline, StoredRecord } from './types';

/** One event counts for at most this long: an open tab left overnight is not study time. */
export const TIME_CAP_MS = 10 * 60 * 1000;

export const doneSet = (record: StoredRecord) =>
	new Set([
		...record.lessons.filter((lesson) => lesson.state === 'terminee').map((lesson) => lesson.id),
		...record.completed.map((row) => row.key)
	]);

export function moduleProgress(outline: RecordOutline, done: Set<string>) {
	return outline.modules.map((module) => ({
		titre: module.titre,
		href: module.href,
		order: module.order,
		done: module.items.filter((item) => done.has(item)).length,
		total: module.items.length
	}));
}

/** Scenarios played, endings reached, and the share of recommended choices per finished run. */
export function scenarioStats(outline: RecordOutline, record: StoredRecord) {
	const known = new Map(outline.scenarios.map((scenario) => [scenario.id, scenario]));
	const played = new Set(
		record.scenarioRuns.map((run) => run.subject).filter((id) => known.has(id))
	);
	const endingsReached = record.completed
		.filter((row) => row.key.startsWith('scenario:') && known.has(row.key.slice(9)))
		.reduce((sum, row) => sum + (row.endings?.length ?? 0), 0);
	const runs = record.scenarioRuns
		.filter((run) => run.endedAt && known.has(run.subject) && run.choices.length)
		.sort((a, b) => a.endedAt! - b.endedAt!)
		.map((run) => {
			const choices = known.get(run.subject)!.choices;
			return {
				titre: known.get(run.subject)!.titre,
				at: run.endedAt!,
				recommended: run.choices.filter((c) => choices[`${c.sceneId}/${c.choiceId}`]?.recommended)
					.length,
				total: run.choices.length
			};
		});
	return {
		played: played.size,
		total: outline.scenarios.length,
		endingsReached,
		endingsTotal: outline.scenarios.reduce((sum, scenario) => sum + scenario.endings, 0),
		runs
	};
}

/** Points per competency: the effects of every choice made, over every run. */
export function competencyPoints(outline: RecordOutline, record: StoredRecord) {
	const points = new Map(outline.competences.map((c) => [c.id, 0]));
	const known = new Map(outline.scenarios.map((scenario) => [scenario.id, scenario]));
	for (const run of record.scenarioRuns) {
		const choices = known.get(run.subject)?.choices ?? {};
		for (const choice of run.choices) {
			const effects = choices[`${choice.sceneId}/${choice.choiceId}`]?.effects ?? {};
			for (const [id, value] of Object.entries(effects))
				if (points.has(id)) points.set(id, points.get(id)! + value);
		}
	}
	return outline.competences.map((c) => ({ ...c, points: points.get(c.id)! }));
}

/** The first lesson not finished, in course order; null once every lesson is done. */
export function nextStep(outline: RecordOutline, done: Set<string>) {
	for (const module of outline.modules)
		for (const lesson of module.lessons)
			if (!done.has(lesson.id)) return { ...lesson, module: module.titre };
	return null;
}

/** Estimated minutes of use: the gaps between events, each capped at `TIME_CAP_MS`. */
export function minutesSpent(events: { at: number }[], cap = TIME_CAP_MS): number {
	const times = events.map((event) => event.at).sort((a, b) => a - b);
	let total = 0;
	for (let i = 1; i < times.length; i++) total += Math.min(times[i] - times[i - 1], cap);
	return Math.round(total / 60_000);
}

export function formatMinutes(minutes: number): string {
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, '0')} min` : ''}`;
}

/** Checks whose latest answers hold a mistake, as `quiz:<id>` (they come back sooner). */
export function missedChecks(record: StoredRecord): Set<string> {
	const latest = new Map<string, StoredRecord['quizAttempts'][number]>();
	for (const attempt of record.quizAttempts) latest.set(attempt.subject, attempt);
	return new Set(
		[...latest.values()]
			.filter((attempt) => Object.values(attempt.answers).some((answer) => !answer.correct))
			.map((attempt) => `quiz:${attempt.subject}`)
	);
}
