// Splits plain bytes into lines without holding more than one line (capped) in memory. A line over the cap
// is reported with its first bytes and skipped to the next newline. Line numbers start at 1.
import type { ReadLimits } from "./limits";

export type RawLine = { lineNumber: number; bytes: Buffer; tooLong: boolean };

type LineLimits = Pick<ReadLimits, "maxLineBytes" | "quarantineBytes">;

/** The lines that end in each chunk, together: one await per chunk instead of one per line. */
export async function* splitLineBatches(source: AsyncIterable<Buffer>, limits: LineLimits): AsyncGenerator<RawLine[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNumber = 0;
  const flush = (): RawLine => {
    lineNumber++;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const line = { lineNumber, bytes: trimCr(bytes), tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const append = (chunk: Buffer) => {
    if (tooLong) return;
    if (size + chunk.length > limits.maxLineBytes) {
      tooLong = true;
      parts = [Buffer.concat([...parts, chunk]).subarray(0, limits.quarantineBytes)];
      size = parts[0]!.length;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };
  for await (const chunk of source) {
    const lines: RawLine[] = [];
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      append(chunk.subarray(from, nl));
      lines.push(flush());
      from = nl + 1;
    }
    if (from < chunk.length) append(Buffer.from(chunk.subarray(from))); // copy: the caller may reuse its buffer
    if (lines.length > 0) yield lines;
  }
  if (size > 0 || tooLong) yield [flush()];
}

const trimCr = (b: Buffer) => (b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b);

/** UTF-16/32 text (BOM, or NUL bytes in every other position) is refused as a whole. */
export function looksLikeUtf16(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  const n = Math.min(head.length, 512);
  if (n < 4) return false;
  let nulsEven = 0;
  let nulsOdd = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) nulsOdd++;
    else nulsEven++;
  }
  return Math.max(nulsEven, nulsOdd) > n / 4;
}
