import { z } from "zod";

export const DLP_MAX_BODY_BYTES = 1_048_576; // 1 MiB

export const ZDetectorKind = z.enum(["pii", "secret", "injection", "safety", "custom"]);

export const ZFinding = z
  .object({
    detector: ZDetectorKind,
    type: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    score: z.number(),
    preview: z.string(),
    tags: z.object({ owasp: z.array(z.string()), atlas: z.array(z.string()), nist: z.array(z.string()) }).strict(),
  })
  .strict();

const ZScanFields = {
  text: z.string().max(DLP_MAX_BODY_BYTES),
  /** Scan under this app's DLP policy (else the org default); the fields below override the policy. */
  appId: z.uuid().optional(),
  detectors: z.array(ZDetectorKind).min(1).max(5).optional(),
  threshold: z.number().min(0).max(1).optional(),
  entities: z.array(z.string().trim().min(1).max(80)).max(200).optional(),
};

export const ZScanRequest = z.object(ZScanFields).strict();
export type TScanRequest = z.infer<typeof ZScanRequest>;
const ZScanOutcome = {
  findings: z.array(ZFinding),
  durationMs: z.number(),
  /** What the policy says to do with this text: nothing found is "allow". */
  decision: z.enum(["allow", "alert", "redact", "block"]),
  policy: z.object({ id: z.uuid().nullable(), source: z.enum(["default", "org", "app"]) }).strict(),
};
export const ZScanResponse = z.object(ZScanOutcome).strict();

export const ZOperator = z.discriminatedUnion("type", [
  z.object({ type: z.literal("replace"), newValue: z.string().max(200).optional() }).strict(),
  z.object({ type: z.literal("redact") }).strict(),
  z.object({ type: z.literal("mask"), maskingChar: z.string().min(1).max(1).optional(), charsToMask: z.number().int().min(0).max(10_000).optional(), fromEnd: z.boolean().optional() }).strict(),
  z.object({ type: z.literal("hash"), salt: z.string().min(8).max(200) }).strict(),
]);

/** Without an operator, the policy's operator applies. */
export const ZRedactRequest = z.object({ ...ZScanFields, operator: ZOperator.optional() }).strict();
export type TRedactRequest = z.infer<typeof ZRedactRequest>;
export const ZRedactResponse = z.object({ text: z.string(), ...ZScanOutcome }).strict();
