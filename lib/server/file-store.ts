// Durable storage of raw uploads, behind an interface an S3-compatible store can implement. The local store
// writes under FILE_STORE_DIR (default .data/files) via a temporary name and an atomic rename, so a key that
// exists always names a complete file.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export type StoredObject = { key: string; sizeBytes: number; sha256: string };

export interface FileStore {
  /** Writes the stream under a new key; refuses more than maxBytes (the partial object is removed). */
  put(prefix: string, body: Readable | AsyncIterable<Buffer>, maxBytes: number): Promise<StoredObject>;
  read(key: string, fromByte?: number): Readable;
  remove(key: string): Promise<void>;
}

export class ObjectTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}$/;

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!SAFE_KEY.test(key)) throw new Error("invalid storage key");
    return join(resolve(this.root), key);
  }

  async put(prefix: string, body: Readable | AsyncIterable<Buffer>, maxBytes: number): Promise<StoredObject> {
    const key = `${prefix}/${randomUUID()}`;
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    const hash = createHash("sha256");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new ObjectTooLarge(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(partial, { flags: "wx" }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, sizeBytes: (await stat(path)).size, sha256: hash.digest("hex") };
  }

  read(key: string, fromByte = 0): Readable {
    return createReadStream(this.pathOf(key), { start: fromByte, highWaterMark: 256 * 1024 });
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

let store: FileStore | undefined;
export function fileStore(): FileStore {
  store ??= new LocalFileStore(process.env.FILE_STORE_DIR ?? ".data/files");
  return store;
}
