// The projector shows the content only: no header, no navigation, no footer.
export const load = () => ({ bare: true });
