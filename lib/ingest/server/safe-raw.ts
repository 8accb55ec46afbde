// The raw record as stored for the event detail view: capped, secrets anywhere in it (headers, parameters)
// replaced, and every value DLP found in the prompt or completion replaced wherever it appears in the JSON too.
// The whole record goes through the secret detector, the prompt and completion included although the policy scan
// saw them already: skipping them (scanning only the gaps between them) measured slower, the detector's keyword
// prefilter is cheaper than splitting the record.
import { anonymize } from "@/lib/dlp/operators";
import { secretDetector } from "@/lib/dlp/secrets";

export const TEXT_CAP = 65_536;

export function safeRaw(raw: string | Buffer, found: readonly { type: string; value: string }[] = []): string {
  const text = (typeof raw === "string" ? raw : raw.toString("utf8")).slice(0, TEXT_CAP);
  let out = anonymize(text, secretDetector.detect(text), { type: "replace" });
  for (const { type, value } of found) if (value.length >= 4) out = out.split(JSON.stringify(value).slice(1, -1)).join(`<${type}>`);
  return out;
}
