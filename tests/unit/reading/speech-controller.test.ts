import { describe, expect, it } from 'vitest';
import { SentenceReader, type ReaderState } from '$lib/reading/speech-controller';

class FakeUtterance extends EventTarget {
	rate = 1;
	constructor(readonly text: string) {
		super();
	}
}

/** A speech synthesis that speaks nothing: the test decides when a sentence ends. */
class FakeSynth {
	spoken: FakeUtterance[] = [];
	queue: FakeUtterance[] = [];
	speak(utterance: FakeUtterance) {
		this.spoken.push(utterance);
		this.queue.push(utterance);
	}
	/** Like Chromium: the cut utterance reports an "interrupted" error. */
	cancel() {
		const cut = this.queue.splice(0);
		for (const utterance of cut)
			utterance.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
	}
	finishSentence() {
		this.queue.shift()?.dispatchEvent(new Event('end'));
	}
	fail(error: string) {
		this.queue.shift()?.dispatchEvent(Object.assign(new Event('error'), { error }));
	}
	get texts() {
		return this.spoken.map((utterance) => utterance.text);
	}
}

const SENTENCES = ['Un.', 'Deux.', 'Trois.'];

function setup(sentences = SENTENCES) {
	const synth = new FakeSynth();
	const changes: Array<[ReaderState, number]> = [];
	const errors: string[] = [];
	const reader = new SentenceReader({
		synth,
		utterance: (text) => new FakeUtterance(text),
		sentences,
		onChange: (state, index) => changes.push([state, index]),
		onError: (error) => errors.push(error)
	});
	return { synth, reader, changes, errors };
}

describe('SentenceReader', () => {
	it('reads every sentence in order, one utterance each, then goes idle', () => {
		const { synth, reader, changes } = setup();
		reader.play();
		synth.finishSentence();
		synth.finishSentence();
		expect(reader.state).toBe('playing');
		synth.finishSentence();
		expect(synth.texts).toEqual(['Un.', 'Deux.', 'Trois.']);
		expect(changes).toEqual([
			['playing', 0],
			['playing', 1],
			['playing', 2],
			['idle', 0]
		]);
	});

	it('pauses by cancelling, and resumes by saying the same sentence again', () => {
		const { synth, reader } = setup();
		reader.play();
		synth.finishSentence();
		reader.pause();
		expect([reader.state, reader.index]).toEqual(['paused', 1]);
		expect(synth.queue).toEqual([]);
		reader.resume();
		expect([reader.state, reader.index]).toEqual(['playing', 1]);
		expect(synth.texts).toEqual(['Un.', 'Deux.', 'Deux.']);
	});

	it('ignores the end of a sentence it has cut, so it never skips one', () => {
		const { synth, reader } = setup();
		reader.play();
		const first = synth.spoken[0];
		reader.next();
		first.dispatchEvent(new Event('end'));
		expect(reader.index).toBe(1);
		expect(synth.texts).toEqual(['Un.', 'Deux.']);
	});

	it('moves to the next and previous sentence, playing or paused', () => {
		const { synth, reader } = setup();
		reader.play();
		reader.next();
		reader.next();
		reader.next();
		expect(reader.index).toBe(2);
		reader.previous();
		expect(synth.texts).toEqual(['Un.', 'Deux.', 'Trois.', 'Deux.']);
		reader.pause();
		reader.previous();
		reader.previous();
		expect([reader.state, reader.index]).toEqual(['paused', 0]);
		expect(synth.texts).toHaveLength(4);
		reader.resume();
		expect(synth.texts.at(-1)).toBe('Un.');
	});

	it('stops: nothing more is said and the next play starts from the top', () => {
		const { synth, reader } = setup();
		reader.play();
		synth.finishSentence();
		reader.stop();
		expect([reader.state, reader.index]).toEqual(['idle', 0]);
		synth.finishSentence();
		reader.next();
		expect(synth.texts).toEqual(['Un.', 'Deux.']);
		reader.play();
		expect(synth.texts.at(-1)).toBe('Un.');
	});

	it('applies a new rate at once to the sentence being read', () => {
		const { synth, reader } = setup();
		reader.play();
		reader.setRate(1.5);
		expect(synth.spoken.map((utterance) => utterance.rate)).toEqual([1, 1.5]);
		expect(synth.texts).toEqual(['Un.', 'Un.']);
		reader.pause();
		reader.setRate(0.8);
		reader.resume();
		expect(synth.spoken.at(-1)?.rate).toBe(0.8);
	});

	it('stops and reports a failed synthesis', () => {
		const { synth, reader, errors } = setup();
		reader.play();
		synth.fail('synthesis-failed');
		expect(reader.state).toBe('idle');
		expect(errors).toEqual(['synthesis-failed']);
	});

	it('stops another reader of the page when it starts', () => {
		const lesson = setup();
		const scene = setup(['Scène.']);
		lesson.reader.play();
		scene.reader.play();
		expect(lesson.reader.state).toBe('idle');
		expect(scene.reader.state).toBe('playing');
	});

	it('does nothing without sentences', () => {
		const { synth, reader, changes } = setup([]);
		reader.play();
		expect(synth.spoken).toEqual([]);
		expect(changes).toEqual([]);
	});
});
