import { aliasMap } from '$lib/content/index.server';

export const load = () => ({ aliases: aliasMap });
