// Rule 1: LLMjacking (Prowler's cloudtrail_threat_detection_llm_jacking over ingested CloudTrail): per identity ARN,
// distinct Bedrock event names out of Prowler's 14 within 24 h, above 0.4. Identities without an ARN (AWS services)
// are ignored as Prowler does. Links one event per distinct action (the breadth is the evidence).
import { LLMJACKING_ACTIONS, RULES, THRESHOLDS } from "../catalog";
import { clip, HOUR_MS, links, plural, utcDay, type CorrelationMatch, type CorrelationRule } from "../types";

const ENABLING_ACTIONS = new Set(["PutFoundationModelEntitlement", "PutUseCaseForModelAccess", "CreateFoundationModelAgreement", "AcceptAgreementRequest"]);
const INVOKE_ACTIONS = new Set(["InvokeModel", "InvokeModelWithResponseStream"]);

export type LlmjackingRow = {
  principal: string; distinct_actions: number; calls: number; failures: number; actions: string[]; ips: string[] | null;
  first_at: Date; last_at: Date; ids: string[];
};

export function llmjackingMatch(r: LlmjackingRow): CorrelationMatch {
  const total = LLMJACKING_ACTIONS.length;
  const ratio = r.distinct_actions / total;
  // Enabling model access and then invoking is the attack itself, not just reconnaissance.
  const enabledAndInvoked = r.actions.some((a) => ENABLING_ACTIONS.has(a)) && r.actions.some((a) => INVOKE_ACTIONS.has(a));
  const ips = (r.ips ?? []).slice(0, 5);
  return {
    subject: r.principal, bucket: utcDay(r.first_at), appId: null, datasetId: null,
    severity: enabledAndInvoked ? "CRITICAL" : RULES.llmjacking.severity,
    title: clip(`Possible LLMjacking: ${r.principal} used ${r.distinct_actions} of ${total} Bedrock actions in 24 h`, 300),
    description: clip(
      `${r.principal} called ${r.distinct_actions} distinct Bedrock actions out of the ${total} that Prowler's LLMjacking check watches ` +
        `(ratio ${ratio.toFixed(2)} > ${THRESHOLDS.llmjacking.ratio}) in ${plural(r.calls, "call")} between ${r.first_at.toISOString()} and ${r.last_at.toISOString()}` +
        `${r.failures ? ` (${plural(r.failures, "failed call")})` : ""}. Actions: ${r.actions.join(", ")}.` +
        `${ips.length ? ` Source IPs: ${ips.join(", ")}${(r.ips?.length ?? 0) > ips.length ? "…" : ""}.` : ""}` +
        `${enabledAndInvoked ? " It both enabled model access and invoked models." : ""} ` +
        "Check whether this identity's credentials are expected to manage Bedrock model access; if not, disable its keys, revoke sessions and review Bedrock spend.",
      4000,
    ),
    evidence: clip(`${r.distinct_actions}/${total} Bedrock actions by ${r.principal}: ${r.actions.join(", ")}`, 500),
    score: Math.round(ratio * 100) / 100,
    lastEventAt: r.last_at,
    events: links("cloud_event", r.ids).slice(0, THRESHOLDS.maxLinks),
  };
}

export const llmjackingRule: CorrelationRule = {
  id: "llmjacking",
  window: (now) => ({ start: new Date(now.getTime() - THRESHOLDS.llmjacking.windowHours * HOUR_MS), end: now }),
  async find(tx, orgId, { start, end }) {
    const rows = await tx.$queryRaw<LlmjackingRow[]>`
      WITH ev AS (
        SELECT id, principal, action, time, outcome, source_ip FROM cloud_events
        WHERE org_id = ${orgId}::uuid AND time >= ${start} AND time < ${end}
          AND service LIKE 'bedrock%' AND action = ANY(${[...LLMJACKING_ACTIONS]}::text[]) AND principal LIKE 'arn:%'
      ), hits AS (
        SELECT principal, count(DISTINCT action)::int AS distinct_actions, count(*)::int AS calls,
          count(*) FILTER (WHERE outcome = 'failure')::int AS failures, array_agg(DISTINCT action) AS actions,
          array_agg(DISTINCT source_ip) FILTER (WHERE source_ip IS NOT NULL) AS ips, min(time) AS first_at, max(time) AS last_at
        FROM ev GROUP BY principal
        HAVING count(DISTINCT action)::float8 / ${LLMJACKING_ACTIONS.length} > ${THRESHOLDS.llmjacking.ratio}
      ), first_per_action AS (
        SELECT DISTINCT ON (principal, action) principal, id FROM ev WHERE principal IN (SELECT principal FROM hits) ORDER BY principal, action, time
      )
      SELECT h.*, ARRAY(SELECT f.id::text FROM first_per_action f WHERE f.principal = h.principal) AS ids
      FROM hits h ORDER BY h.principal`;
    return rows.map(llmjackingMatch);
  },
};
