// `npm run dlp:eval -- --kind secrets|pii|injection --input FILE [--entities A,B,...]`
// Scores the built-in detectors on a labelled TSV file; the last line printed is one JSON object.
import { readFileSync } from "node:fs";
import { scanText } from "@/lib/dlp/detectors";
import { evaluateInjection, evaluatePii, evaluateSecrets } from "@/lib/dlp/eval/evaluate";
import { parseTsv } from "@/lib/dlp/eval/tsv";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const kind = arg("kind");
const input = arg("input");
if (!kind || !["secrets", "pii", "injection"].includes(kind) || !input) {
  console.error("usage: npm run dlp:eval -- --kind secrets|pii|injection --input FILE [--entities A,B,...]");
  process.exit(2);
}
const rows = parseTsv(readFileSync(input, "utf8"));
const started = performance.now();
let result: object;
if (kind === "secrets") {
  result = evaluateSecrets(rows, (t) => scanText(t, { detectors: ["secret"] }));
} else if (kind === "injection") {
  result = evaluateInjection(rows, (t) => scanText(t, { detectors: ["injection"] }));
} else {
  const given = arg("entities")?.split(",").map((s) => s.trim()).filter(Boolean);
  const entities = new Set(given ?? [...new Set(rows.map((r) => r.entity_type ?? "").filter(Boolean))]);
  result = evaluatePii(rows, (t) => scanText(t, { detectors: ["pii"] }), entities);
}
console.error(`[dlp:eval] ${rows.length} rows in ${Math.round(performance.now() - started)} ms`);
console.log(JSON.stringify(result));
