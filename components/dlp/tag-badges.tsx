import { Badge } from "@/components/ui/feedback";

type Tags = { owasp: readonly string[]; atlas: readonly string[]; nist: readonly string[] };

/** OWASP LLM Top 10, MITRE ATLAS and NIST AI 600-1 tags of a finding or detector type. */
export function TagBadges({ tags }: { tags: Tags }) {
  const all = [
    ...tags.owasp.map((t) => ({ key: `owasp-${t}`, text: t, title: `OWASP Top 10 for LLM applications: ${t}`, tone: "red" as const })),
    ...tags.atlas.map((t) => ({ key: `atlas-${t}`, text: t, title: `MITRE ATLAS technique ${t}`, tone: "amber" as const })),
    ...tags.nist.map((t) => ({ key: `nist-${t}`, text: `NIST: ${t}`, title: `NIST AI 600-1 risk: ${t}`, tone: "slate" as const })),
  ];
  if (all.length === 0) return <span className="text-xs text-slate-400">—</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {all.map((t) => <span key={t.key} title={t.title}><Badge tone={t.tone}>{t.text}</Badge></span>)}
    </div>
  );
}
