import { describe, expect, it } from 'vitest';
import { chooseFrenchVoice, listVoices, type VoiceLike } from '$lib/reading/voices';

const voice = (
	name: string,
	lang: string,
	localService: boolean,
	isDefault = false
): VoiceLike => ({
	name,
	lang,
	localService,
	default: isDefault
});

describe('chooseFrenchVoice', () => {
	it('takes a French voice of the device, France first, then the default one', () => {
		const voices = [
			voice('English', 'en-US', true, true),
			voice('Google français', 'fr-FR', false),
			voice('Canada', 'fr-CA', true),
			voice('Amélie', 'fr-FR', true),
			voice('Thomas', 'fr_FR', true, true)
		];
		expect(chooseFrenchVoice(voices)).toEqual({ kind: 'local', voice: voices[4] });
		expect(chooseFrenchVoice(voices.slice(0, 3))).toEqual({ kind: 'local', voice: voices[2] });
	});

	it('offers a network voice only as such, when no French voice runs on the device', () => {
		const online = voice('Google français', 'fr-FR', false);
		expect(chooseFrenchVoice([voice('Local EN', 'en-GB', true), online])).toEqual({
			kind: 'network',
			voice: online
		});
	});

	it('finds none without a French voice (a "fr" prefix of another tag does not count)', () => {
		expect(chooseFrenchVoice([])).toEqual({ kind: 'none' });
		expect(chooseFrenchVoice([voice('Frisian', 'fry-NL', true)])).toEqual({ kind: 'none' });
	});
});

class Source extends EventTarget {
	voices: string[] = [];
	getVoices() {
		return this.voices;
	}
}

describe('listVoices', () => {
	it('returns the voices at once when the browser already has them', async () => {
		const source = new Source();
		source.voices = ['a'];
		expect(await listVoices(source)).toEqual(['a']);
	});

	it('waits for voiceschanged when the list starts empty', async () => {
		const source = new Source();
		const listed = listVoices(source, 60_000);
		source.voices = ['b'];
		source.dispatchEvent(new Event('voiceschanged'));
		expect(await listed).toEqual(['b']);
	});

	it('gives up on an empty list when the event never comes', async () => {
		expect(await listVoices(new Source(), 5)).toEqual([]);
	});
});
