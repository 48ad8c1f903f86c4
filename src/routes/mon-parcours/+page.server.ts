import { recordOutline } from '$lib/record/outline.server';

export const load = () => ({ outline: recordOutline() });
