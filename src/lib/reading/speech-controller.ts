// Reads a list of sentences aloud, one utterance per sentence, through an injected speech
// synthesis (the browser's, or a stub in tests). Pause cancels the sentence and resume says
// it again from its start: `speechSynthesis.pause()` stops for good on Android and loses
// its place in Chromium after a few seconds, while a short sentence is cheap to repeat.

export type ReaderState = 'idle' | 'playing' | 'paused';

/** What this module uses of a SpeechSynthesisUtterance. */
export interface UtteranceLike {
	rate: number;
	addEventListener(type: 'end' | 'error', listener: (event: Event) => void): void;
}

export interface SynthLike {
	speak(utterance: UtteranceLike): void;
	cancel(): void;
}

export interface ReaderOptions {
	synth: SynthLike;
	/** An utterance for one sentence, its voice and language already set. */
	utterance(text: string): UtteranceLike;
	sentences: readonly string[];
	rate?: number;
	/** Called after every change of state or of sentence. */
	onChange(state: ReaderState, index: number): void;
	/** Called when the synthesis fails (its error code); the reader has stopped. */
	onError?(error: string): void;
}

/** What our own cancel() makes the browser report on the sentence it cut. */
const OWN_CANCEL = new Set(['interrupted', 'canceled']);

export class SentenceReader {
	/** One reader speaks at a time on a page: starting one stops the other. */
	static #speaking: SentenceReader | null = null;
	state: ReaderState = 'idle';
	index = 0;
	rate: number;
	#options: ReaderOptions;
	#current: UtteranceLike | null = null;
	/** Bumped at each utterance, so events of a cancelled one are ignored. */
	#turn = 0;

	constructor(options: ReaderOptions) {
		this.#options = options;
		this.rate = options.rate ?? 1;
	}

	get count() {
		return this.#options.sentences.length;
	}

	play(from = 0) {
		if (!this.count) return;
		this.index = Math.min(Math.max(from, 0), this.count - 1);
		this.#speak();
	}

	pause() {
		if (this.state !== 'playing') return;
		this.#cancel();
		this.#set('paused');
	}

	resume() {
		if (this.state === 'paused') this.#speak();
	}

	stop() {
		if (this.state === 'idle') return;
		this.#cancel();
		this.index = 0;
		this.#set('idle');
	}

	/** Moves one sentence on or back; a paused reader stays paused on the new sentence. */
	next() {
		this.#move(this.index + 1);
	}

	previous() {
		this.#move(this.index - 1);
	}

	/** The next sentence takes the new rate; a sentence being read starts again with it. */
	setRate(rate: number) {
		this.rate = rate;
		if (this.state === 'playing') this.#speak();
	}

	#move(index: number) {
		if (this.state === 'idle' || index >= this.count) return;
		this.index = Math.max(index, 0);
		if (this.state === 'playing') this.#speak();
		else this.#set('paused');
	}

	#speak() {
		this.#cancel();
		if (SentenceReader.#speaking !== this) SentenceReader.#speaking?.stop();
		SentenceReader.#speaking = this;
		const turn = ++this.#turn;
		const utterance = this.#options.utterance(this.#options.sentences[this.index]);
		utterance.rate = this.rate;
		utterance.addEventListener('end', () => {
			if (turn === this.#turn) this.#ended();
		});
		utterance.addEventListener('error', (event) => {
			const error = (event as Event & { error?: string }).error ?? 'unknown';
			if (turn !== this.#turn || OWN_CANCEL.has(error)) return;
			this.#current = null;
			this.stop();
			this.#options.onError?.(error);
		});
		this.#current = utterance;
		this.#set('playing');
		this.#options.synth.speak(utterance);
	}

	#ended() {
		this.#current = null;
		if (this.index + 1 < this.count) {
			this.index++;
			this.#speak();
		} else {
			this.index = 0;
			this.#set('idle');
		}
	}

	#cancel() {
		if (!this.#current) return;
		this.#turn++;
		this.#current = null;
		this.#options.synth.cancel();
	}

	#set(state: ReaderState) {
		this.state = state;
		if (state === 'idle' && SentenceReader.#speaking === this) SentenceReader.#speaking = null;
		this.#options.onChange(state, this.index);
	}
}
