import { withStatics } from '$lib/content/markdown-body';

// The sheet's text and sources are static HTML carried once, by the prerendered page.
export const load = ({ data, url, fetch }) => withStatics(data, url, fetch);
