// Apart from the notes store, so a lesson page reads the limit without loading the database
// code (Dexie) before it is interactive.

/** Long enough for real notes, short enough that a stuck key cannot fill the disk. */
export const NOTE_MAX_LENGTH = 20_000;
