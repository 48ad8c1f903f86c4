// The gentle reminder to save a file: shown when real progress (a lesson finished, a scenario
// ended, a check answered) has waited 14 days without a backup; once set aside, not shown
// again for 14 days. Never a modal, never a count of days "at risk".

export const REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/** Events that are real progress, worth a backup (opening a lesson is not). */
export const PROGRESS_EVENTS = ['lesson.complete', 'scenario.end', 'quiz.answer'];

export interface ReminderState {
	/** The first real progress not in any saved file (undefined: everything is saved). */
	firstUnsavedAt?: number;
	/** When the reader last set the reminder aside. */
	dismissedAt?: number;
}

export function reminderDue(state: ReminderState, now: number): boolean {
	const wait = REMINDER_DAYS * DAY;
	if (state.firstUnsavedAt === undefined || now - state.firstUnsavedAt < wait) return false;
	return state.dismissedAt === undefined || now - state.dismissedAt >= wait;
}
