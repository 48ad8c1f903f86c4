// Types for the part of js-aruco2 (CommonJS, untyped) that detect.ts uses.
declare module 'js-aruco2/src/cv.js' {
	type Point = { x: number; y: number };
	type Image = { width: number; height: number; data: Uint8ClampedArray };
	type Contour = Point[];
	const cv: {
		CV: {
			grayscale(src: Image, dst: Image): Image;
			adaptiveThreshold(src: Image, dst: Image, kernelSize: number, threshold: number): Image;
			findContours(src: Image, binary: number[]): Contour[];
		};
	};
	export default cv;
}

declare module 'js-aruco2' {
	interface Marker {
		id: number;
		corners: { x: number; y: number }[];
		hammingDistance: number;
	}
	interface DetectorConfig {
		dictionaryName?: string;
		maxHammingDistance?: number;
	}
	type Point = { x: number; y: number };
	type Image = { width: number; height: number; data: Uint8ClampedArray };
	type Contour = Point[];
	interface Detector {
		grey: Image;
		thres: Image;
		binary: number[];
		contours: Contour[];
		detect(image: Image): Marker[];
		findCandidates(
			contours: Contour[],
			minSize: number,
			epsilon: number,
			minLength: number
		): Contour[];
		clockwiseCorners(candidates: Contour[]): Contour[];
		notTooNear(candidates: Contour[], minDist: number): Contour[];
		findMarkers(grey: Image, candidates: Contour[], warpSize: number): Marker[];
	}
	const aruco: {
		AR: {
			Detector: new (config?: DetectorConfig) => Detector;
			DICTIONARIES: Record<string, { nBits: number; tau?: number; codeList: number[] }>;
		};
	};
	export default aruco;
}
