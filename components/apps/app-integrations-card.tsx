import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/feedback";
import { providerLabel } from "@/lib/apps/constants";
import type { TAppDetail, TCredentialRef } from "@/lib/apps/schemas";

const STATUS_TONE: Record<string, "green" | "amber" | "red" | "slate"> = { CONNECTED: "green", PENDING: "amber", ERROR: "red", DISCONNECTED: "slate" };

/** The credentials (LLM provider integrations) that this app's model usages use, with the models on each. */
export function AppIntegrationsCard({ app }: { app: TAppDetail }) {
  const byCredential = new Map<string, { credential: TCredentialRef; models: string[] }>();
  for (const u of app.modelUsages) {
    if (!u.credential) continue;
    const entry = byCredential.get(u.credential.id) ?? { credential: u.credential, models: [] };
    entry.models.push(u.modelId);
    byCredential.set(u.credential.id, entry);
  }
  const entries = [...byCredential.values()];
  const uncredentialed = app.modelUsages.filter((u) => !u.credential).length;
  return (
    <Card title="Integrations" description="Credentials used by this app's model usages." actions={<Link href="/integrations" className="text-sm text-brand-700 hover:underline">All integrations</Link>}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">No model usage names a credential yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Credentials in use">
          {entries.map(({ credential, models }) => (
            <li key={credential.id} className="py-2 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium text-slate-900">{credential.name}</span>
                <Badge tone={STATUS_TONE[credential.status] ?? "slate"}>{credential.status.toLowerCase()}</Badge>
              </div>
              <p className="text-xs text-slate-500">{providerLabel(credential.provider)} · used by {models.join(", ")}</p>
            </li>
          ))}
        </ul>
      )}
      {uncredentialed > 0 ? <p className="mt-3 text-xs text-slate-500">{uncredentialed} model usage{uncredentialed === 1 ? " has" : "s have"} no credential recorded.</p> : null}
    </Card>
  );
}
