// One scan under a policy: built-in detectors plus the org's custom rules, filtered by the policy.
import { scanText } from "../detectors";
import type { Detector, DetectorKind, Finding } from "../types";
import { applyPolicy, type DlpPolicySettings } from "./policy";

export type ScanOverrides = { detectors?: DetectorKind[]; threshold?: number; only?: ReadonlySet<string> };

/** Request overrides (detectors, one threshold for all, entity allow-list) take precedence over the policy. */
export function effectiveSettings(policy: DlpPolicySettings, overrides: ScanOverrides = {}): DlpPolicySettings {
  const t = overrides.threshold;
  return {
    ...policy,
    detectors: overrides.detectors ?? policy.detectors,
    thresholds: t === undefined ? policy.thresholds : { pii: t, secret: t, injection: t, safety: t, custom: t },
  };
}

export function scanWithPolicy(text: string, settings: DlpPolicySettings, custom: Detector | null, only?: ReadonlySet<string>): Finding[] {
  const options = { detectors: settings.detectors, thresholds: settings.thresholds, only };
  const found = scanText(text, options);
  if (custom && settings.detectors.includes("custom")) {
    try {
      found.push(...custom.detect(text, { threshold: settings.thresholds.custom, only }));
    } catch {
      // a custom rule never fails the scan of the built-in detectors
    }
  }
  return applyPolicy(found, settings).sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
}
