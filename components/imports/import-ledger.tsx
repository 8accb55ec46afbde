import { Table, Td, Th } from "@/components/ui/table";
import type { TImportRun } from "@/lib/imports/schemas";

export const FORMAT_LABELS: Record<string, string> = { sarif: "SARIF", cyclonedx: "CycloneDX" };
export const SKIP_LABELS: Record<string, string> = {
  duplicate: "duplicates", not_a_failure: "passes / not applicable", baseline_absent: "absent from baseline", invalid_result: "invalid entries", limit_reached: "over the per-file limit",
};

export const formatLabel = (run: Pick<TImportRun, "format" | "specVersion">) => `${FORMAT_LABELS[run.format] ?? run.format}${run.specVersion ? ` ${run.specVersion}` : ""}`;

/** Skips other than duplicates (those have their own column), e.g. "2 passes / not applicable". */
export function otherSkips(run: Pick<TImportRun, "skipped">): string {
  const rest = run.skipped.filter((s) => s.reason !== "duplicate" && s.count > 0);
  return rest.length ? rest.map((s) => `${s.count.toLocaleString()} ${SKIP_LABELS[s.reason] ?? s.reason}`).join(", ") : "—";
}

const n = (v: number) => v.toLocaleString();

/** One import's ledger: results = created + updated + duplicates + other skips; resolved are earlier findings gone from the scan. */
export function ImportLedger({ run, label }: { run: TImportRun; label: string }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>Format</Th><Th>Tools</Th><Th className="text-right">Results</Th><Th className="text-right">Created</Th><Th className="text-right">Updated</Th>
          <Th className="text-right">Duplicates</Th><Th className="text-right">Resolved</Th><Th>Skipped</Th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <Td className="whitespace-nowrap">{formatLabel(run)}</Td>
          <Td>{run.tools.join(", ") || "—"}</Td>
          <Td className="text-right tabular-nums">{n(run.results)}</Td>
          <Td className="text-right tabular-nums text-emerald-700">{n(run.created)}</Td>
          <Td className="text-right tabular-nums">{n(run.updated)}</Td>
          <Td className="text-right tabular-nums text-slate-500">{n(run.duplicates)}</Td>
          <Td className="text-right tabular-nums text-brand-700">{n(run.resolved)}</Td>
          <Td className="text-slate-500">{otherSkips(run)}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
