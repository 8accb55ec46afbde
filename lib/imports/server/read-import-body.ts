import type { RawBody } from "@/lib/server/route";
import { AppError } from "@/lib/server/errors";
import { IMPORT_LIMITS } from "../types";

/** Reads an uploaded file into memory (the parsers need the whole document), refusing it as soon as it passes the limit. */
export async function readImportBody(raw: RawBody, maxBytes: number = IMPORT_LIMITS.maxBytes): Promise<Buffer> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The file is too large: imports accept at most ${maxBytes} bytes`);
  if (raw.contentLength !== null && raw.contentLength > maxBytes) throw tooLarge();
  const reader = raw.stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
