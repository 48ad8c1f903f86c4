import { catalogue } from '$lib/trainer/catalogue.server';

export const load = () => ({ catalogue: catalogue() });
