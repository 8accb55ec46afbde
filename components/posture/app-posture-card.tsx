"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useAppScorecard } from "@/lib/posture/hooks";
import type { TAppScorecard } from "@/lib/posture/schemas";
import { formatScore, scoreBand } from "./labels";

const scorecardHref = (appId: string) => `/posture/apps/${appId}`;

function Score({ card }: { card: TAppScorecard }) {
  const band = scoreBand(card.score);
  const count = (status: string) => card.controls.filter((c) => c.status === status).length;
  return (
    <div className="flex items-end justify-between gap-4">
      <div>
        <p className="text-4xl font-semibold tabular-nums text-slate-900">{formatScore(card.score)}</p>
        <p className="text-sm text-slate-600">of 100 · <span className={`rounded px-1.5 py-0.5 font-medium ${band.cell}`}>{band.label}</span></p>
      </div>
      <p className="text-right text-sm text-slate-600">
        {count("FAIL")} failing · {count("NEEDS_ATTESTATION")} need attestation
        <br /><Link href={scorecardHref(card.appId)} className="font-medium text-brand-700 hover:underline">View the scorecard →</Link>
      </p>
    </div>
  );
}

/** The app page's posture summary: its score and open items, linking to the full scorecard. */
export function AppPostureCard({ appId }: { appId: string }) {
  const scorecard = useAppScorecard(appId);
  return (
    <Card title="Posture">
      {scorecard.isPending ? <Skeleton rows={2} />
        : scorecard.error ? <ErrorNotice>Could not load the posture score: {errorMessage(scorecard.error)}</ErrorNotice>
        : scorecard.data.score === null ? <EmptyState title="No posture score yet">This app&apos;s score against the LLMSecOps controls appears here after the next posture recompute.</EmptyState>
        : <Score card={scorecard.data} />}
    </Card>
  );
}
