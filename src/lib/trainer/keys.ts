// Keys of the trainer views. Clickers send PageDown/PageUp and arrows; those always work.
// Character keys (letters, space, digits, "?") act only when the trainer has left them on
// (WCAG 2.1.4), and never while typing in a field.

export type KeyAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'blank' }
	| { type: 'fullscreen' }
	| { type: 'reveal' }
	| { type: 'revealAll' }
	| { type: 'help' }
	| { type: 'vote'; option: number };

const ALWAYS: Record<string, KeyAction> = {
	PageDown: { type: 'next' },
	ArrowRight: { type: 'next' },
	ArrowDown: { type: 'next' },
	PageUp: { type: 'previous' },
	ArrowLeft: { type: 'previous' },
	ArrowUp: { type: 'previous' },
	F5: { type: 'fullscreen' }
};

const CHARACTERS: Record<string, KeyAction> = {
	' ': { type: 'next' },
	n: { type: 'next' },
	p: { type: 'previous' },
	b: { type: 'blank' },
	'.': { type: 'blank' },
	f: { type: 'fullscreen' },
	r: { type: 'reveal' },
	t: { type: 'revealAll' },
	'?': { type: 'help' },
	h: { type: 'help' }
};

/** The list the help overlay shows, in French. */
export const KEY_HELP: { keys: string; action: string; character: boolean }[] = [
	{ keys: 'Flèche droite, flèche bas, Page suivante', action: 'écran suivant', character: false },
	{
		keys: 'Flèche gauche, flèche haut, Page précédente',
		action: 'écran précédent',
		character: false
	},
	{ keys: 'Espace ou N', action: 'écran suivant', character: true },
	{ keys: 'P', action: 'écran précédent', character: true },
	{ keys: 'B ou point', action: 'écran noir (et retour)', character: true },
	{ keys: 'F (ou F5 depuis une télécommande)', action: 'plein écran', character: true },
	{ keys: 'R', action: 'révéler le choix du groupe ou les bonnes réponses', character: true },
	{ keys: 'T', action: 'afficher ou masquer toutes les options', character: true },
	{
		keys: '1 à 9',
		action: 'pendant le vote : une voix de plus pour l’option A à I',
		character: true
	},
	{ keys: '? ou H', action: 'cette aide', character: true }
];

interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** The element that has focus: fields and buttons keep their own keys. */
	target?: EventTarget | null;
}

const isField = (target: EventTarget | null | undefined) => {
	const element = target as HTMLElement | null;
	return !!element?.closest?.('input, textarea, select, [contenteditable="true"]');
};

export function actionForKey(event: KeyInput, lettersOn: boolean): KeyAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey || isField(event.target)) return null;
	if (ALWAYS[event.key]) return ALWAYS[event.key];
	if (!lettersOn) return null;
	// Space and Enter on a focused button press the button.
	if (event.key === ' ' && (event.target as HTMLElement | null)?.closest?.('button, a, summary'))
		return null;
	if (/^[1-9]$/.test(event.key)) return { type: 'vote', option: Number(event.key) - 1 };
	return CHARACTERS[event.key.toLowerCase()] ?? null;
}

const PREFERENCE = 'reperes-formateur-raccourcis';

/** Single-character shortcuts are on unless the trainer switched them off on this device. */
export function lettersEnabled(): boolean {
	try {
		return localStorage.getItem(PREFERENCE) !== 'non';
	} catch {
		return true;
	}
}

export function setLettersEnabled(on: boolean) {
	try {
		localStorage.setItem(PREFERENCE, on ? 'oui' : 'non');
	} catch {
		// Private mode: the choice lasts for this page only.
	}
}
