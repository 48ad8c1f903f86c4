// A small second copy of what matters most (lesson states, finished scenarios with their
// endings, finished knowledge checks), kept outside IndexedDB. A browser that runs out of disk
// may delete the whole database (Chromium did, in the reliability review) while localStorage
// survives; this copy lets Repères put the progress back and say so.
import type { CompletedActivity, LessonRecord, StoredLessonState } from './db';
import { MIRROR_KEY } from './storage-names';

export interface Essentials {
	/** lesson id -> [state, updatedAt] */
	lessons: Record<string, [StoredLessonState, number]>;
	/** activity key -> [firstAt, lastAt, count, endings] */
	completed: Record<string, [number, number, number, string[]?]>;
}

export interface MirrorStore {
	load(): Promise<Essentials | null>;
	save(essentials: Essentials): Promise<void>;
}

export { MIRROR_KEY };

export function essentialsOf(lessons: LessonRecord[], completed: CompletedActivity[]): Essentials {
	return {
		lessons: Object.fromEntries(lessons.map((row) => [row.id, [row.state, row.updatedAt]])),
		completed: Object.fromEntries(
			completed.map((row) => [
				row.key,
				row.endings?.length
					? [row.firstAt, row.lastAt, row.count, row.endings]
					: [row.firstAt, row.lastAt, row.count]
			])
		)
	};
}

export const isEmpty = (essentials: Essentials) =>
	Object.keys(essentials.lessons).length === 0 && Object.keys(essentials.completed).length === 0;

const toBase64 = (bytes: Uint8Array) => {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) =>
	new Uint8Array(
		await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer()
	);

/** `z:` + base64 of deflate-raw JSON where CompressionStream exists, `j:` + JSON otherwise. */
export async function encode(essentials: Essentials): Promise<string> {
	const json = JSON.stringify(essentials);
	if (typeof CompressionStream === 'undefined') return `j:${json}`;
	const bytes = await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
	return `z:${toBase64(bytes)}`;
}

export async function decode(text: string): Promise<Essentials | null> {
	try {
		const json = text.startsWith('z:')
			? new TextDecoder().decode(
					await through(fromBase64(text.slice(2)), new DecompressionStream('deflate-raw'))
				)
			: text.startsWith('j:')
				? text.slice(2)
				: null;
		if (json === null) return null;
		const value = JSON.parse(json) as Essentials;
		return value && typeof value.lessons === 'object' && typeof value.completed === 'object'
			? value
			: null;
	} catch {
		// A damaged copy is no copy; the database stays the reference.
		return null;
	}
}

/** The mirror in localStorage, or null where there is none (server, private modes). */
export function localStorageMirror(storage?: Storage): MirrorStore | null {
	let store: Storage | undefined = storage;
	try {
		store ??= typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		// Some browsers throw on merely reading `localStorage` when storage is disabled.
	}
	if (!store) return null;
	const target = store;
	return {
		async load() {
			try {
				const text = target.getItem(MIRROR_KEY);
				return text ? decode(text) : null;
			} catch {
				return null;
			}
		},
		async save(essentials) {
			try {
				target.setItem(MIRROR_KEY, await encode(essentials));
			} catch {
				// Full too: the database copy is all there is, as before this mirror existed.
			}
		}
	};
}
