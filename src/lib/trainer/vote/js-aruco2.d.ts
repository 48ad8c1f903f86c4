// Types for the part of js-aruco2 (CommonJS, untyped) that detect.ts uses.
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
	class Detector {
		constructor(config?: DetectorConfig);
		detect(image: { width: number; height: number; data: Uint8ClampedArray }): Marker[];
	}
	const aruco: {
		AR: {
			Detector: typeof Detector;
			DICTIONARIES: Record<string, { nBits: number; tau?: number; codeList: number[] }>;
		};
	};
	export default aruco;
}
