import type { TAttestation } from "../schemas";

export type AttestationRow = {
  id: string; controlId: string; status: string; evidence: string; evidenceUrl: string | null; expiresAt: Date; createdAt: Date;
  attestedBy: { name: string | null; email: string } | null;
};

export const toAttestation = (a: AttestationRow, now: Date): TAttestation => ({
  id: a.id, controlId: a.controlId, status: a.status as TAttestation["status"], evidence: a.evidence, evidenceUrl: a.evidenceUrl,
  expiresAt: a.expiresAt.toISOString(), expired: a.expiresAt <= now, attestedBy: a.attestedBy ? (a.attestedBy.name ?? a.attestedBy.email) : null,
  createdAt: a.createdAt.toISOString(),
});

export const attestationSelect = {
  id: true, controlId: true, status: true, evidence: true, evidenceUrl: true, expiresAt: true, createdAt: true,
  attestedBy: { select: { name: true, email: true } },
} as const;
