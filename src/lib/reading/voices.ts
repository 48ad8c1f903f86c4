// Which voice reads aloud. Only a French voice that runs on the device is used freely: a
// network voice sends the text to an online service, so the reader is asked first (privacy
// promise: nothing leaves the device unless the reader decides it).

/** The fields of a SpeechSynthesisVoice this module reads. */
export interface VoiceLike {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

export type VoiceChoice<V extends VoiceLike> =
	{ kind: 'local'; voice: V } | { kind: 'network'; voice: V } | { kind: 'none' };

/** BCP 47 tag, also as Android sometimes spells it (`fr_FR`). */
const isFrench = (voice: VoiceLike) => /^fr([-_]|$)/i.test(voice.lang);
const isFrance = (voice: VoiceLike) => /^fr[-_]fr$/i.test(voice.lang);

/** France's French first, then the system's default voice, then list order. */
function best<V extends VoiceLike>(voices: V[]): V | undefined {
	const rank = (voice: V) => (isFrance(voice) ? 0 : 2) + (voice.default ? 0 : 1);
	return [...voices].sort((a, b) => rank(a) - rank(b))[0];
}

export function chooseFrenchVoice<V extends VoiceLike>(voices: readonly V[]): VoiceChoice<V> {
	const french = voices.filter(isFrench);
	const local = best(french.filter((voice) => voice.localService));
	if (local) return { kind: 'local', voice: local };
	const online = best(french);
	return online ? { kind: 'network', voice: online } : { kind: 'none' };
}

interface VoiceSource<V> {
	getVoices(): V[];
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/**
 * The voices, once the browser has listed them: Chromium returns an empty list until its
 * `voiceschanged` event; a browser with no voice at all never fires it, hence the delay.
 */
export function listVoices<V>(synth: VoiceSource<V>, waitMs = 1500): Promise<V[]> {
	const now = synth.getVoices();
	if (now.length) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			synth.removeEventListener('voiceschanged', done);
			resolve(synth.getVoices());
		};
		const timer = setTimeout(done, waitMs);
		synth.addEventListener('voiceschanged', done);
	});
}
