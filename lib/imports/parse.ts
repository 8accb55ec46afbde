// Entry point: sniff the format from the content, then parse. Pure: no I/O; throws only ImportFormatError.
import { parseCycloneDx } from "./cyclonedx/parse";
import { asObj, asStr } from "./json";
import { parseSarif } from "./sarif/parse";
import { IMPORT_LIMITS, ImportFormatError, type ImportFormat, type ImportResult, type ParseOptions } from "./types";

export function parseImport(input: string | Uint8Array, options: ParseOptions = {}): ImportResult {
  const maxBytes = options.maxBytes ?? IMPORT_LIMITS.maxBytes;
  const maxDrafts = Math.max(0, options.maxDrafts ?? IMPORT_LIMITS.maxDrafts);
  const text = decode(input, maxBytes);
  const root = parseJson(text);
  const format = detectFormat(root);
  try {
    return format === "sarif" ? parseSarif(root, maxDrafts) : parseCycloneDx(root, maxDrafts);
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    // A shape no rule anticipated must surface as a format error, never as a 500.
    throw new ImportFormatError("invalid_structure", `The ${format === "sarif" ? "SARIF" : "CycloneDX"} file has an unexpected structure.`, { cause: error });
  }
}

function decode(input: string | Uint8Array, maxBytes: number): string {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) throw new ImportFormatError("too_large", `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new ImportFormatError("empty", "The file is empty.");
  return trimmed;
}

function parseJson(text: string): Record<string, unknown> {
  if (text.startsWith("<")) {
    const cdx = /xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom/i.test(text.slice(0, 4096));
    throw new ImportFormatError("unsupported_format", cdx ? "CycloneDX XML is not supported: export the BOM as JSON." : "XML files are not supported: upload SARIF 2.1.0 or CycloneDX JSON.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportFormatError("not_json", "The file is not valid JSON (SARIF 2.1.0 or CycloneDX JSON expected).");
  }
  const root = asObj(value);
  if (!root) throw new ImportFormatError("unsupported_format", "The file is JSON but not a SARIF log or a CycloneDX BOM.");
  return root;
}

export function detectFormat(root: Record<string, unknown>): ImportFormat {
  const schema = asStr(root.$schema)?.toLowerCase() ?? "";
  if (root.bomFormat === "CycloneDX" || schema.includes("cyclonedx")) return "cyclonedx";
  if ("runs" in root || schema.includes("sarif") || /^2\./.test(asStr(root.version) ?? "")) return "sarif";
  throw new ImportFormatError("unsupported_format", "The file is JSON but not a SARIF log or a CycloneDX BOM.");
}
