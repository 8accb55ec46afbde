import { isManualPurpose } from "../providers";
import { nextRotationDue, rotationStatus } from "../rotation";
import type { TIntegration, TIntegrationSecret } from "../schemas";

// Selects never include `ciphertext`: metadata only leaves the database here.
export const secretSelect = {
  id: true, purpose: true, last4: true, fingerprint: true, rotationDays: true, lastRotatedAt: true, expiresAt: true,
} as const;

export const integrationSelect = {
  id: true, kind: true, provider: true, name: true, config: true, status: true, lastCheckedAt: true, lastError: true,
  createdAt: true, updatedAt: true,
  secrets: { select: secretSelect, orderBy: { purpose: "asc" } },
} as const;

export type SecretRow = {
  id: string; purpose: string; last4: string; fingerprint: string; rotationDays: number; lastRotatedAt: Date; expiresAt: Date | null;
};

type IntegrationRow = {
  id: string; kind: TIntegration["kind"]; provider: string; name: string; config: unknown; status: TIntegration["status"];
  lastCheckedAt: Date | null; lastError: string | null; createdAt: Date; updatedAt: Date; secrets: SecretRow[];
};

export function toSecretDto(s: SecretRow, now = Date.now()): TIntegrationSecret {
  const nextDueAt = nextRotationDue(s.lastRotatedAt, s.rotationDays);
  return {
    id: s.id, purpose: s.purpose, last4: s.last4, fingerprint: s.fingerprint, rotationDays: s.rotationDays,
    lastRotatedAt: s.lastRotatedAt.toISOString(), nextDueAt: nextDueAt.toISOString(), rotationStatus: rotationStatus(nextDueAt, now),
    expiresAt: s.expiresAt?.toISOString() ?? null,
    rotatable: isManualPurpose(s.purpose),
  };
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export const toIntegrationDto = (i: IntegrationRow, now = Date.now()): TIntegration => ({
  id: i.id, kind: i.kind, provider: i.provider, name: i.name, config: asRecord(i.config), status: i.status,
  lastCheckedAt: i.lastCheckedAt?.toISOString() ?? null, lastError: i.lastError,
  createdAt: i.createdAt.toISOString(), updatedAt: i.updatedAt.toISOString(),
  secrets: i.secrets.map((s) => toSecretDto(s, now)),
});
