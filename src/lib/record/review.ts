// "À revoir": scenarios and knowledge checks come back on a Leitner schedule. Why Leitner and
// not FSRS: Repères has a few dozen activities, none graded on a recall scale (a scenario has
// no right answer, a check is redone freely), and a learner should be able to understand why
// something is suggested. Each finish moves an activity up one box; a check last answered with
// a mistake goes back to box 1. Computed from what is stored (`completed`, the attempts), so
// nothing new is written and a restored record brings its schedule with it.

const DAY = 24 * 60 * 60 * 1000;
/** Days before an activity in box n (1-based) comes back. */
export const BOX_DAYS = [3, 7, 14, 30, 60];

export interface ReviewInput {
	key: string;
	titre: string;
	href: string;
	/** How many times it was finished. */
	count: number;
	/** When it was last finished. */
	lastAt: number;
	/** A check whose latest answers hold a mistake. */
	missed?: boolean;
}

export interface ReviewSuggestion extends ReviewInput {
	box: number;
	/** Whole days since it was last finished. */
	daysAgo: number;
}

export const boxOf = (item: Pick<ReviewInput, 'count' | 'missed'>) =>
	item.missed ? 1 : Math.min(Math.max(item.count, 1), BOX_DAYS.length);

/** When an activity comes back: its last finish plus its box's delay. */
export const dueAt = (item: ReviewInput) => item.lastAt + BOX_DAYS[boxOf(item) - 1] * DAY;

/** Activities due now, longest overdue first, at most `limit`. */
export function dueForReview(items: ReviewInput[], now: number, limit = 3): ReviewSuggestion[] {
	return items
		.filter((item) => dueAt(item) <= now)
		.sort((a, b) => dueAt(a) - dueAt(b))
		.slice(0, limit)
		.map((item) => ({
			...item,
			box: boxOf(item),
			daysAgo: Math.floor((now - item.lastAt) / DAY)
		}));
}

/** What can come back: finished scenarios and checks the course still holds, with their titles. */
export function reviewInputs(
	outline: {
		scenarios: { id: string; titre: string; href: string }[];
		quizzes: { id: string; titre: string; href: string }[];
	},
	completed: { key: string; lastAt: number; count: number }[],
	missedQuizzes: Set<string>
): ReviewInput[] {
	const titles = new Map<string, { titre: string; href: string }>([
		...outline.scenarios.map((s) => [`scenario:${s.id}`, s] as const),
		...outline.quizzes.map((q) => [`quiz:${q.id}`, q] as const)
	]);
	return completed.flatMap((row) => {
		const item = titles.get(row.key);
		return item
			? [
					{
						key: row.key,
						titre: item.titre,
						href: item.href,
						count: row.count,
						lastAt: row.lastAt,
						missed: missedQuizzes.has(row.key)
					}
				]
			: [];
	});
}

/** "Rejouer « Premier jour au GEM » — dernière fois il y a 9 jours" */
export function reviewLabel(item: ReviewSuggestion): string {
	const verb = item.key.startsWith('scenario:') ? 'Rejouer' : 'Refaire';
	const when =
		item.daysAgo <= 0
			? 'aujourd’hui'
			: item.daysAgo === 1
				? 'hier'
				: `il y a ${item.daysAgo} jours`;
	return `${verb} « ${item.titre} » — dernière fois ${when}`;
}
