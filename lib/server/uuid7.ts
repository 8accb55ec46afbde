import { randomFillSync } from "node:crypto";

// Random bits for 256 ids at a time: ingestion makes an id per event, and one randomBytes call per id cost more than
// the rest of uuid7 together. Each pool byte is used once.
const IDS_PER_FILL = 256;
const pool = Buffer.allocUnsafe(16 * IDS_PER_FILL);
let nextId = IDS_PER_FILL;

/** RFC 9562 UUIDv7: 48-bit Unix milliseconds then random bits, so ids sort by creation time (index locality). */
export function uuid7(ms = Date.now()): string {
  if (nextId === IDS_PER_FILL) {
    randomFillSync(pool);
    nextId = 0;
  }
  const b = pool.subarray(nextId * 16, nextId * 16 + 16);
  nextId++;
  b.writeUIntBE(ms, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
