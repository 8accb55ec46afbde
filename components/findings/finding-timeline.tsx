"use client";

import { useState } from "react";
import { formatTime } from "@/components/events/format";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useFindingMutations } from "@/lib/findings/hooks";
import type { TFindingActivity, TFindingComment } from "@/lib/findings/schemas";

const describe = (a: TFindingActivity) => {
  switch (a.kind) {
    case "created": return "created the finding";
    case "status": return `changed status from ${a.from ?? "—"} to ${a.to ?? "—"}`;
    case "risk_accepted": return "accepted the risk";
    case "risk_expired": return "reopened it: the risk acceptance expired";
    case "reopened": return "reopened it: it was seen again";
    case "resolved_by_import": return "resolved it: the latest scan no longer reports it";
    case "assignee": return a.to ? `assigned it to ${a.to}` : "unassigned it";
    case "severity": return `changed severity from ${a.from} to ${a.to}`;
    default: return `${a.kind}${a.to ? `: ${a.to}` : ""}`;
  }
};

type Entry = { at: string; key: string; who: string; what: string; note: string | null; comment: boolean };

/** History and comments interleaved by time, oldest first; analysts add comments at the bottom. */
export function FindingTimeline({ findingId, activity, comments, canComment }: { findingId: string; activity: TFindingActivity[]; comments: TFindingComment[]; canComment: boolean }) {
  const { comment } = useFindingMutations();
  const [body, setBody] = useState("");
  const entries: Entry[] = [
    ...activity.map((a) => ({ at: a.at, key: `a${a.id}`, who: a.actor, what: describe(a), note: a.note, comment: false })),
    ...comments.map((c) => ({ at: c.at, key: `c${c.id}`, who: c.author, what: "commented", note: c.body, comment: true })),
  ].sort((x, y) => x.at.localeCompare(y.at));

  return (
    <div className="space-y-4">
      {entries.length === 0 ? <p className="text-sm text-slate-500">No changes yet.</p> : (
        <ol className="space-y-3 border-l border-slate-200 pl-4" aria-label="History">
          {entries.map((e) => (
            <li key={e.key} className="text-sm">
              <p className="text-slate-800"><span className="font-medium">{e.who}</span> {e.what} <span className="text-xs text-slate-500">· {formatTime(e.at)}</span></p>
              {e.note ? <p className={`mt-1 whitespace-pre-wrap ${e.comment ? "rounded-md bg-slate-50 p-2 text-slate-800 ring-1 ring-slate-200" : "text-slate-600"}`}>{e.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); void comment.mutateAsync({ id: findingId, body: body.trim() }).then(() => setBody("")).catch(() => undefined); }}>
          <label htmlFor="finding-comment" className="block text-sm font-medium text-slate-700">Comment</label>
          <textarea id="finding-comment" value={body} onChange={(e) => setBody(e.target.value)} maxLength={4000} rows={3} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500" />
          {comment.error ? <ErrorNotice>{errorMessage(comment.error)}</ErrorNotice> : null}
          <Button type="submit" disabled={!body.trim() || comment.isPending}>{comment.isPending ? "Posting…" : "Add comment"}</Button>
        </form>
      ) : null}
    </div>
  );
}
