// A stand-in for the browser's speech synthesis (headless Chromium has no voice). It speaks
// nothing: a test reads what was asked to be said and decides when a sentence ends.
import type { Page } from '@playwright/test';

export interface StubVoice {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

export const LOCAL_FRENCH: StubVoice = {
	name: 'Amélie',
	lang: 'fr-FR',
	localService: true,
	default: true
};
export const NETWORK_FRENCH: StubVoice = {
	name: 'Google français',
	lang: 'fr-FR',
	localService: false,
	default: false
};
export const LOCAL_ENGLISH: StubVoice = {
	name: 'Daniel',
	lang: 'en-GB',
	localService: true,
	default: true
};

interface SpeechLog {
	spoken: Array<{ text: string; rate: number; voice: string }>;
	current: (EventTarget & { text: string }) | null;
}

declare global {
	interface Window {
		__speech: { log: SpeechLog; finish(): void };
	}
}

export async function stubSpeech(page: Page, voices: StubVoice[]) {
	await page.addInitScript((voices: StubVoice[]) => {
		class Utterance extends EventTarget {
			lang = '';
			voice: StubVoice | null = null;
			rate = 1;
			pitch = 1;
			volume = 1;
			constructor(public text = '') {
				super();
			}
		}
		const log: SpeechLog = { spoken: [], current: null };
		class Synth extends EventTarget {
			speaking = false;
			pending = false;
			paused = false;
			getVoices() {
				return voices.map((voice) => ({ ...voice, voiceURI: voice.name }));
			}
			speak(utterance: Utterance) {
				log.spoken.push({
					text: utterance.text,
					rate: utterance.rate,
					voice: utterance.voice?.name ?? ''
				});
				log.current = utterance;
				this.speaking = true;
			}
			cancel() {
				const cut = log.current;
				log.current = null;
				this.speaking = false;
				cut?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
			}
			pause() {}
			resume() {}
		}
		Object.defineProperty(window, 'speechSynthesis', { value: new Synth(), configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: Utterance,
			configurable: true,
			writable: true
		});
		window.__speech = {
			log,
			finish() {
				const done = log.current;
				log.current = null;
				done?.dispatchEvent(new Event('end'));
			}
		};
	}, voices);
}

/** What the synthesis was asked to say, in order. */
export const spoken = (page: Page) =>
	page.evaluate(() => window.__speech.log.spoken.map((utterance) => utterance.text));

/** The sentence being said now, or null. */
export const saying = (page: Page) =>
	page.evaluate(() => window.__speech.log.current?.text ?? null);

/** Ends the sentence being said, as the voice would. */
export const finishSentence = (page: Page) => page.evaluate(() => window.__speech.finish());

/** The text the page shows highlighted as being read, spaces collapsed. */
export const highlighted = (page: Page) =>
	page.evaluate(() => {
		const highlight = CSS.highlights.get('lecture-en-cours');
		if (!highlight) return null;
		return [...highlight]
			.map((range) => range.toString())
			.join('')
			.replace(/\s+/g, ' ')
			.trim();
	});
