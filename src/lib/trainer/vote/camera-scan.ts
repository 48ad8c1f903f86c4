// The camera, for a room vote with cards: opens it, hands its frames one at a time to the
// scanning worker and gathers the votes. Frames live only in the canvas that copies them for
// the worker, overwritten by the next one; nothing is recorded or sent off the device.
import { noVotes, withReadings, type CardReading, type RoomVotes } from './room-votes';

export type ScanProblem = 'unsupported' | 'refused' | 'no-camera' | 'busy' | 'dark' | 'failed';

/** The plain French a trainer reads when the cards cannot be read. */
export const PROBLEM_MESSAGES: Record<ScanProblem, string> = {
	unsupported:
		'Ce navigateur ne donne pas accès à une caméra. Comptez à main levée, avec les champs ci-dessus.',
	refused:
		'L’accès à la caméra a été refusé. Comptez à main levée, avec les champs ci-dessus ; pour utiliser les cartes, autorisez la caméra pour ce site dans le navigateur, puis réessayez.',
	'no-camera':
		'Aucune caméra n’a été trouvée sur cet ordinateur. Comptez à main levée, avec les champs ci-dessus, ou branchez une caméra USB et réessayez.',
	busy: 'La caméra est déjà utilisée par un autre logiciel. Fermez-le et réessayez, ou comptez à main levée avec les champs ci-dessus.',
	dark: 'La salle est trop sombre pour lire les cartes. Allumez la lumière ou comptez à main levée, avec les champs ci-dessus.',
	failed:
		'La lecture des cartes n’a pas pu démarrer sur cet ordinateur. Comptez à main levée, avec les champs ci-dessus.'
};

/** Frames wider than this are scaled down: an 18 cm card at 5 m still spans about 40 px. */
const MAX_WIDTH = 1280;
/** Below this mean brightness (0–255) for this many frames in a row, with no card read. */
const DARK_BRIGHTNESS = 35;
const DARK_FRAMES = 12;

export function problemOf(error: unknown): ScanProblem {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
	if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
	return 'failed';
}

export interface ScanUpdate {
	votes: RoomVotes;
	/** True while the frames are too dark to read (cleared as soon as they are not). */
	dark: boolean;
}

export class CameraScan {
	#stream: MediaStream | null = null;
	#worker: Worker | null = null;
	#video: HTMLVideoElement | null = null;
	#canvas: HTMLCanvasElement | null = null;
	#votes = noVotes();
	#darkFrames = 0;
	#stopped = false;
	readonly #onUpdate: (update: ScanUpdate) => void;
	readonly #onProblem: (problem: ScanProblem) => void;

	constructor(onUpdate: (update: ScanUpdate) => void, onProblem: (problem: ScanProblem) => void) {
		this.#onUpdate = onUpdate;
		this.#onProblem = onProblem;
	}

	get votes() {
		return this.#votes;
	}

	/** Asks for the camera (the browser may ask the trainer) and starts reading; false if not. */
	async start(): Promise<boolean> {
		if (!navigator.mediaDevices?.getUserMedia || typeof Worker === 'undefined') {
			this.#onProblem('unsupported');
			return false;
		}
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({
				audio: false,
				video: { width: { ideal: 1280 }, height: { ideal: 720 } }
			});
		} catch (error) {
			this.#onProblem(problemOf(error));
			return false;
		}
		if (this.#stopped) {
			this.stop();
			return false;
		}
		try {
			this.#worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' });
			this.#worker.onmessage = (event) => this.#analysed(event.data);
			this.#worker.onerror = () => this.#fail('failed');
			this.#video = document.createElement('video');
			this.#video.muted = true;
			this.#video.playsInline = true;
			this.#video.srcObject = this.#stream;
			await this.#video.play();
			this.#canvas = document.createElement('canvas');
			this.#next();
			return true;
		} catch {
			this.#fail('failed');
			return false;
		}
	}

	/** Turns the camera off and forgets every frame (the votes stay until the step is left). */
	stop() {
		this.#stopped = true;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		this.#worker?.terminate();
		this.#worker = null;
		if (this.#video) this.#video.srcObject = null;
		this.#video = null;
		if (this.#canvas) this.#canvas.width = 0;
		this.#canvas = null;
	}

	#fail(problem: ScanProblem) {
		this.stop();
		this.#onProblem(problem);
	}

	/** Copies the current frame for the worker: one frame in flight at a time. */
	#next() {
		const video = this.#video;
		const canvas = this.#canvas;
		if (this.#stopped || !video || !canvas || !this.#worker) return;
		if (!video.videoWidth) {
			setTimeout(() => this.#next(), 100);
			return;
		}
		const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
		const width = Math.round(video.videoWidth * scale);
		const height = Math.round(video.videoHeight * scale);
		if (canvas.width !== width || canvas.height !== height) {
			canvas.width = width;
			canvas.height = height;
		}
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return this.#fail('failed');
		context.drawImage(video, 0, 0, width, height);
		const image = context.getImageData(0, 0, width, height);
		this.#worker.postMessage({ width, height, data: image.data }, [image.data.buffer]);
	}

	#analysed(result: { readings: CardReading[]; brightness: number }) {
		if (this.#stopped) return;
		this.#votes = withReadings(this.#votes, result.readings);
		const dark = result.brightness < DARK_BRIGHTNESS && result.readings.length === 0;
		this.#darkFrames = dark ? this.#darkFrames + 1 : 0;
		this.#onUpdate({ votes: this.#votes, dark: this.#darkFrames >= DARK_FRAMES });
		// A timer, not an animation frame: the notes window may be behind the projector.
		setTimeout(() => this.#next(), 0);
	}
}
