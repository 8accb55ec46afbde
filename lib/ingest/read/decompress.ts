// Turns the stored bytes of an upload into plain bytes: gunzips gzip (by magic number, whatever the file name),
// refusing gzip bombs by output size and compression ratio, and truncated or fake gzip.
import { createGunzip, type Gunzip } from "node:zlib";
import type { ReadLimits } from "./limits";

export class FileRejected extends Error {
  constructor(readonly reason: "gzip_corrupt" | "gzip_bomb" | "unsupported_encoding", message: string) {
    super(message);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

async function* peekable(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of source) if (chunk.length) yield chunk;
}

/** Plain bytes of the file; throws FileRejected (after yielding what was good) when the gzip layer is bad. */
export async function* decompressed(source: AsyncIterable<Buffer>, limits: ReadLimits): AsyncGenerator<Buffer> {
  const it = peekable(source)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const rest = { [Symbol.asyncIterator]: () => it };
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    yield head;
    for await (const chunk of rest) yield chunk;
    return;
  }
  yield* gunzip(head, rest, limits);
}

// A consumer that stops early (a bomb, a failed record) destroys the inflater: a writer waiting for 'drain' must
// wake up on 'close' too, or the generator's cleanup waits for it forever (found by the bad-input fuzz proof).
const drainedOrClosed = (stream: Gunzip) => new Promise<void>((resolve) => {
  const done = () => {
    stream.off("drain", done);
    stream.off("close", done);
    resolve();
  };
  stream.once("drain", done);
  stream.once("close", done);
});

async function* gunzip(head: Buffer, rest: AsyncIterable<Buffer>, limits: ReadLimits): AsyncGenerator<Buffer> {
  const inflater = createGunzip();
  let compressedIn = 0;
  let out = 0;
  const queue: Buffer[] = [];
  let error: Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  inflater.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    notify();
  });
  inflater.on("error", (e) => {
    error = e;
    notify();
  });
  inflater.on("end", () => {
    ended = true;
    notify();
  });
  const feed = (async () => {
    try {
      for (const chunk of [head]) {
        compressedIn += chunk.length;
        if (!inflater.write(chunk)) await drainedOrClosed(inflater);
      }
      for await (const chunk of rest) {
        if (error || inflater.destroyed) return;
        compressedIn += chunk.length;
        if (!inflater.write(chunk)) await drainedOrClosed(inflater);
      }
      if (!inflater.destroyed) inflater.end();
    } catch (e) {
      error = e as Error;
      notify();
    }
  })();
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        out += chunk.length;
        if (out > limits.maxDecompressedBytes) throw new FileRejected("gzip_bomb", `decompressed size over ${limits.maxDecompressedBytes} bytes`);
        if (out > limits.ratioGraceBytes && out / Math.max(1, compressedIn) > limits.maxCompressionRatio) {
          throw new FileRejected("gzip_bomb", `compression ratio over ${limits.maxCompressionRatio}:1`);
        }
        yield chunk;
        continue;
      }
      if (error) throw new FileRejected("gzip_corrupt", `corrupt gzip: ${(error as Error).message}`);
      if (ended) break;
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    inflater.destroy();
    await feed.catch(() => undefined);
  }
}
