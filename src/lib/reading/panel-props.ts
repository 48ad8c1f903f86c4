import type { ReadOptions } from './page-text';

/** What ReadAloud hands to the lazily loaded panel. */
export interface PanelProps extends ReadOptions {
	label: string;
	/** The part of the page read aloud. */
	root: Element;
}
