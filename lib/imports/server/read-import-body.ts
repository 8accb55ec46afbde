import { AppError } from "@/lib/server/errors";
import { readCapped } from "@/lib/server/read-capped";
import type { RawBody } from "@/lib/server/route";
import { IMPORT_LIMITS } from "../types";

/** Reads an uploaded file into memory (the parsers need the whole document), refusing it as soon as it passes the limit. */
export async function readImportBody(raw: RawBody, maxBytes: number = IMPORT_LIMITS.maxBytes): Promise<Buffer> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The file is too large: imports accept at most ${maxBytes} bytes`);
  if (raw.contentLength !== null && raw.contentLength > maxBytes) throw tooLarge();
  return readCapped(raw.stream, maxBytes, tooLarge);
}
