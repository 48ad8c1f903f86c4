import { knownContent } from '$lib/backup/known-content.server';

export const load = () => ({ known: knownContent() });
