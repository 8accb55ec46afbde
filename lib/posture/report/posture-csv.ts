// The posture CSV export: one line per app × control result.
import { csvRow } from "@/lib/audit/csv";

/** One app × control result (lib/posture/server/list-posture-results.ts produces these). */
export type PostureCsvRow = {
  appName: string;
  criticality: string;
  appScore: number | null;
  controlId: string;
  controlTitle: string;
  family: string;
  severity: string;
  status: string;
  evidence: string;
  owaspLlm: readonly string[];
  nistAiRmf: readonly string[];
};

const HEADER = ["app", "criticality", "app_score", "control_id", "control", "family", "severity", "status", "evidence", "owasp_llm_2025", "nist_ai_rmf"];

/** RFC 4180 text (header row, CRLF line ends); cells a spreadsheet would run as a formula get a leading apostrophe. */
export function postureCsv(rows: readonly PostureCsvRow[]): string {
  const lines = [csvRow(HEADER)];
  for (const r of rows) {
    lines.push(
      csvRow([
        r.appName, r.criticality, r.appScore === null ? "" : String(r.appScore), r.controlId, r.controlTitle, r.family, r.severity, r.status,
        r.evidence, r.owaspLlm.join("; "), r.nistAiRmf.join("; "),
      ]),
    );
  }
  return lines.join("");
}
