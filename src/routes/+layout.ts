// Every page is prerendered and readable before JavaScript runs.
export const prerender = true;
export const trailingSlash = 'always';
