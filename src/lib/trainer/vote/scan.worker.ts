// The scanning worker: reads the cards of each frame it is sent, off the page's thread, and
// sends back only card numbers, letters and the frame's brightness. It keeps no frame.
import { meanBrightness, readCards } from './detect';

export interface FrameMessage {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

self.onmessage = (event: MessageEvent<FrameMessage>) => {
	const frame = event.data;
	postMessage({ readings: readCards(frame), brightness: meanBrightness(frame) });
};
