import Link from "next/link";
import { FAMILIES, type FamilyId } from "@/lib/posture/types";
import type { TPostureAppRow } from "@/lib/posture/schemas";
import { scorecardHref } from "./apps-score-table";
import { formatScore, scoreBand } from "./labels";

const FAMILY_IDS = Object.keys(FAMILIES) as FamilyId[];

function Cell({ score, label }: { score: number | null | undefined; label: string }) {
  const band = scoreBand(score);
  return (
    <td className={`px-2 py-1.5 text-center text-xs font-semibold tabular-nums ${band.cell}`} title={`${label}: ${formatScore(score)} (${band.label})`}>
      {formatScore(score)}
    </td>
  );
}

/** Apps × families, each cell showing the family score as a number; the colour only repeats the band. */
export function FamilyHeatmap({ apps, orgFamilies }: { apps: readonly TPostureAppRow[]; orgFamilies: Record<string, number | null> }) {
  const rows = [...apps].sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  return (
    <div>
      <div className="overflow-x-auto">
        <table aria-label="Family scores by app" className="min-w-full border-separate border-spacing-0.5 text-sm">
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">App</th>
              {FAMILY_IDS.map((f) => <th key={f} scope="col" className="px-2 py-1 text-center text-xs font-semibold text-slate-500" title={FAMILIES[f]}><abbr title={FAMILIES[f]} className="no-underline">{f}</abbr></th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="px-2 py-1 text-left text-xs font-semibold text-slate-900">Organization</th>
              {FAMILY_IDS.map((f) => <Cell key={f} score={orgFamilies[f]} label={`Organization, ${FAMILIES[f]}`} />)}
            </tr>
            {rows.map((a) => (
              <tr key={a.appId}>
                <th scope="row" className="max-w-48 truncate px-2 py-1 text-left text-xs font-medium"><Link href={scorecardHref(a.appId)} className="text-brand-700 hover:underline">{a.name}</Link></th>
                {FAMILY_IDS.map((f) => <Cell key={f} score={a.families[f]} label={`${a.name}, ${FAMILIES[f]}`} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        {FAMILY_IDS.map((f) => `${f} ${FAMILIES[f]}`).join(" · ")}. Bands: 80 and above good, 60–79 fair, below 60 poor; — means nothing applies.
      </p>
    </div>
  );
}
