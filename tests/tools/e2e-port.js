// The port the e2e build is served on: 4174 unless E2E_PORT says otherwise (two checkouts
// testing at once on one machine each take their own).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
