// The reader's reading settings: one typed record, its defaults, and its translation to the
// data attributes on <html> that the CSS (src/lib/reading/reading.css) reads. Only settings
// that differ from the default become an attribute, so a reader who changed nothing gets
// exactly the page as built.

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const LINE_SPACINGS = ['normal', 'large', 'tres-large'] as const;
export const LETTER_SPACINGS = ['normal', 'large', 'tres-large'] as const;
export const FONTS = ['atkinson', 'opendyslexic'] as const;
export const THEMES = ['systeme', 'clair', 'sombre', 'contraste'] as const;
export const MOTIONS = ['systeme', 'reduites'] as const;

export interface ReadingSettings {
	/** Percent of the normal text size. */
	textSize: (typeof TEXT_SIZES)[number];
	lineSpacing: (typeof LINE_SPACINGS)[number];
	letterSpacing: (typeof LETTER_SPACINGS)[number];
	font: (typeof FONTS)[number];
	theme: (typeof THEMES)[number];
	motion: (typeof MOTIONS)[number];
	/** The easy-to-read version of lessons instead of the standard text. */
	facileALire: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReadingSettings> = Object.freeze({
	textSize: 100,
	lineSpacing: 'normal',
	letterSpacing: 'normal',
	font: 'atkinson',
	theme: 'systeme',
	motion: 'systeme',
	facileALire: false
});

const CHOICES: { [K in keyof ReadingSettings]: readonly ReadingSettings[K][] } = {
	textSize: TEXT_SIZES,
	lineSpacing: LINE_SPACINGS,
	letterSpacing: LETTER_SPACINGS,
	font: FONTS,
	theme: THEMES,
	motion: MOTIONS,
	facileALire: [false, true]
};

const KEYS = Object.keys(CHOICES) as (keyof ReadingSettings)[];

/**
 * Whatever was stored (an older version, a hand-edited localStorage, a number kept as text),
 * as valid settings: each unknown or missing value falls back to its default on its own.
 */
export function cleanSettings(input: unknown): ReadingSettings {
	const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
	const clean: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const key of KEYS) {
		const allowed = CHOICES[key] as readonly unknown[];
		const match = allowed.find((choice) => String(choice) === String(source[key]));
		if (match !== undefined) clean[key] = match;
	}
	return clean as unknown as ReadingSettings;
}

export const sameSettings = (a: ReadingSettings, b: ReadingSettings) =>
	KEYS.every((key) => a[key] === b[key]);

export const isDefault = (settings: ReadingSettings) => sameSettings(settings, DEFAULT_SETTINGS);

/**
 * The data attributes on <html> (as `dataset` keys: `textSize` is `data-text-size`), only
 * for settings that differ from the default. This is also what the localStorage mirror holds,
 * so the inline script of app.html copies it without knowing any setting.
 */
export function toDataset(settings: ReadingSettings): Record<string, string> {
	const dataset: Record<string, string> = {};
	for (const key of KEYS) {
		if (settings[key] !== DEFAULT_SETTINGS[key]) dataset[key] = String(settings[key]);
	}
	return dataset;
}

/** Reads back the settings from <html>'s data attributes (or the mirror). */
export function fromDataset(dataset: Record<string, string | undefined>): ReadingSettings {
	const source: Record<string, unknown> = {};
	for (const key of KEYS) if (dataset[key] !== undefined) source[key] = dataset[key];
	return cleanSettings(source);
}

/** Puts the settings on <html>: adds the attributes that differ, removes the others. */
export function applyToRoot(root: HTMLElement, settings: ReadingSettings) {
	const dataset = toDataset(settings);
	for (const key of KEYS) {
		if (dataset[key] === undefined) delete root.dataset[key];
		else root.dataset[key] = dataset[key];
	}
}

/** Whether animations should stay still: the reader's setting, or the device's. */
export const prefersLessMotion = () =>
	document.documentElement.dataset.motion === 'reduites' ||
	matchMedia('(prefers-reduced-motion: reduce)').matches;
