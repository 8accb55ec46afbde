import { gunzipSync } from "node:zlib";
import { AppError } from "@/lib/server/errors";

/** Compressed or not, an export larger than this is refused (413); exporters batch far below it. */
export const OTLP_MAX_BODY_BYTES = Number(process.env.OTLP_MAX_BODY_BYTES ?? 8 * 1_048_576);
const MAX_INFLATED_BYTES = 4 * OTLP_MAX_BODY_BYTES;

/** The whole body, read up to the cap and gunzipped when Content-Encoding says gzip. */
export async function readOtlpBody(stream: ReadableStream<Uint8Array>, contentEncoding: string | null): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > OTLP_MAX_BODY_BYTES) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `An OTLP export may be at most ${OTLP_MAX_BODY_BYTES} bytes; lower the exporter's batch size`);
    }
    chunks.push(Buffer.from(r.value));
  }
  const body = Buffer.concat(chunks);
  const encoding = (contentEncoding ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return body;
  if (encoding !== "gzip") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Content-Encoding must be gzip or none");
  try {
    return gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
    throw new AppError(tooBig ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", tooBig ? `The export inflates past ${MAX_INFLATED_BYTES} bytes` : "The body is not valid gzip");
  }
}
