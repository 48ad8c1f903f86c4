// Private notes on lessons: part of the progress repository. An emptied note is deleted.
import { liveQuery, type Observable } from 'dexie';
import type { LessonNote } from '$lib/progress/db';
import type { StoreContext } from '$lib/progress/activity-store';
import { NOTE_MAX_LENGTH } from './note-limit';

export function noteFunctions({
	database,
	read,
	write,
	now
}: Pick<StoreContext, 'database' | 'read' | 'write' | 'now'>) {
	return {
		readLessonNote: (lessonId: string) =>
			read(async (db) => (await db.lessonNotes.get(lessonId))?.text ?? '', ''),

		/** Saves the note as typed; false when it could not be stored. */
		saveLessonNote(lessonId: string, text: string) {
			const clean = text.slice(0, NOTE_MAX_LENGTH);
			return write((db) =>
				clean.trim()
					? db.lessonNotes.put({ id: lessonId, text: clean, updatedAt: now() })
					: db.lessonNotes.delete(lessonId)
			);
		},

		/** Live list of notes, most recently edited first. */
		async watchLessonNotes(): Promise<Observable<LessonNote[]> | null> {
			const db = await database();
			if (!db) return null;
			return liveQuery(async () =>
				(await db.lessonNotes.toArray()).sort((a, b) => b.updatedAt - a.updatedAt)
			);
		}
	};
}
