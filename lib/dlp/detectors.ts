import { createScanner } from "./engine";
import { piiDetector } from "./pii";
import { secretDetector } from "./secrets";
import type { Detector } from "./types";

/** Every built-in detector, in the order they run. */
export const DETECTORS: Detector[] = [secretDetector, piiDetector];

export const scanText = createScanner(DETECTORS);
