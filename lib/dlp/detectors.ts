import { createScanner } from "./engine";
import { injectionDetector } from "./injection";
import { piiDetector } from "./pii";
import { safetyDetector } from "./safety";
import { secretDetector } from "./secrets";
import type { Detector } from "./types";

/** Every built-in detector, in the order they run. */
export const DETECTORS: Detector[] = [secretDetector, piiDetector, injectionDetector, safetyDetector];

export const scanText = createScanner(DETECTORS);
