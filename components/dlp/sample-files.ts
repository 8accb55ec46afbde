// Turns picked files into dataset samples in the browser (one sample per file) and splits uploads into
// requests the samples endpoint accepts.
import { formatBytes } from "@/lib/catalog/format";

export type SampleInput = { label: string; content: string };

export const SAMPLE_MAX_BYTES = 64 * 1024; // in UTF-16 that is at most SAMPLE_MAX_CHARS characters
export const SAMPLES_PER_REQUEST = 200;
const REQUEST_BUDGET_BYTES = 900_000; // the endpoint refuses bodies over 1 MB
const ACCEPTED = /\.(txt|jsonl)$/i;
export const ACCEPTED_FILES = ".txt,.jsonl,text/plain";

export type ReadResult = { samples: SampleInput[]; errors: string[] };

export async function readSampleFiles(files: readonly File[]): Promise<ReadResult> {
  const samples: SampleInput[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (!ACCEPTED.test(file.name)) errors.push(`${file.name}: only .txt and .jsonl files can be added.`);
    else if (file.size > SAMPLE_MAX_BYTES) errors.push(`${file.name} is ${formatBytes(file.size)}: a sample can be at most 64 KiB. Split it into smaller files.`);
    else if (file.size === 0) errors.push(`${file.name} is empty.`);
    else {
      samples.push({ label: file.name.slice(0, 200), content: await file.text() });
    }
  }
  return { samples, errors };
}

const jsonBytes = (sample: SampleInput) => new TextEncoder().encode(JSON.stringify(sample)).length + 1;

/** Consecutive groups of at most 200 samples whose JSON stays under the request size limit. */
export function batchSamples(samples: readonly SampleInput[]): SampleInput[][] {
  const batches: SampleInput[][] = [];
  let current: SampleInput[] = [];
  let bytes = 0;
  for (const sample of samples) {
    const size = jsonBytes(sample);
    if (current.length > 0 && (current.length >= SAMPLES_PER_REQUEST || bytes + size > REQUEST_BUDGET_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(sample);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
