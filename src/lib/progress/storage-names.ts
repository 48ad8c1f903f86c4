// The names Repères stores under on the device, in a module with no imports: the page checks
// them before loading any database code.
export const DB_NAME = 'reperes';
/** localStorage key of the backup copy of the essentials (mirror.ts). */
export const MIRROR_KEY = 'reperes.copie-de-secours';
