import { createScanner } from "./engine";
import type { Detector } from "./types";

/** Every built-in detector, in the order they run. */
export const DETECTORS: Detector[] = [];

export const scanText = createScanner(DETECTORS);
