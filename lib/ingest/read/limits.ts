// Caps that keep one upload from exhausting the worker. Environment overrides are read by the caller
// (lib/ingest/server), not here.
export type ReadLimits = {
  maxLineBytes: number; // a longer line is rejected (line_too_long) and skipped to the next newline
  maxDecompressedBytes: number; // gzip output cap (gzip_bomb)
  maxCompressionRatio: number; // decompressed ÷ compressed cap, checked once past ratioGraceBytes (gzip_bomb)
  ratioGraceBytes: number;
  maxDocumentBytes: number; // a file that is one JSON document (not NDJSON) is parsed whole up to this size
  maxDepth: number; // deeper JSON nesting is rejected (too_deep)
  quarantineBytes: number; // raw bytes kept per rejected record
};

export const DEFAULT_LIMITS: ReadLimits = {
  maxLineBytes: 1_048_576,
  maxDecompressedBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
  ratioGraceBytes: 8 * 1_048_576,
  maxDocumentBytes: 64 * 1_048_576,
  maxDepth: 64,
  quarantineBytes: 65_536,
};
