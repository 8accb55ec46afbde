// GitHub organization / enterprise audit-log events (REST API, streaming and JSON exports) → CloudEvent
// (provider github). {"@timestamp" (epoch ms), created_at, action: "<category>.<operation>", actor, actor_ip,
// user_agent, org, business, repo | repository, user, team, …}. Panther exports rename "@timestamp" to
// "at_sign_timestamp". The log records completed operations and rarely says whether one failed, so the outcome
// is "unknown" unless the action itself names a failure.
import type { JsonObject, ParseOutcome, SourceParser } from "../types";
import { ci, cloudEvent, cstr, first, firstTime, guarded, ipOf, missing, safe, wrongFormat } from "./audit-fields";

const ACTION = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/i;
const FAILED = /(^|[._])(fail|failed|failure|denied|rejected)($|[._])/i;

const isAuditEvent = (r: JsonObject) => typeof r.action === "string" && ACTION.test(r.action);
const TIMES = [["@timestamp"], ["created_at"], ["timestamp"]];

function parse(r: JsonObject): ParseOutcome {
  if (!isAuditEvent(r)) return wrongFormat;
  const action = String(r.action);
  const time = firstTime(r, ...TIMES);
  if (!time) return missing("@timestamp");
  const actor = first(cstr(r, "actor"), cstr(r, "actor", "login"), cstr(r, "actor_id"));
  return cloudEvent({
    time,
    provider: "github",
    account: first(cstr(r, "org"), cstr(r, "business"), cstr(r, "enterprise")),
    principal: actor,
    sourceIp: ipOf(cstr(r, "actor_ip")),
    userAgent: cstr(r, "user_agent"),
    service: action.slice(0, action.indexOf(".")),
    action,
    resource: first(cstr(r, "repo"), cstr(r, "repository"), cstr(r, "team"), cstr(r, "data", "team"), cstr(r, "user"), cstr(r, "name"), cstr(r, "business")),
    outcome: FAILED.test(action) ? "failure" : "unknown",
  });
}

export const githubAuditParser: SourceParser = {
  source: "github-audit",
  label: "GitHub audit log",
  matches: safe((r: JsonObject) => isAuditEvent(r) && firstTime(r, ...TIMES) !== undefined && (ci(r, "actor") != null || ci(r, "org") != null || ci(r, "_document_id") != null), false),
  parse: guarded(parse),
};
