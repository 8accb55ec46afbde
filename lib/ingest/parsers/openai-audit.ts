// OpenAI organization audit-log events (GET /v1/organization/audit_logs) → CloudEvent (provider openai).
// {id, type, effective_at (epoch s), actor:{type:"session", session:{user, ip_address, user_agent}} |
// {type:"api_key", api_key:{id, type, user | service_account}}, project?:{id,name}, "<type>": {id, …}}.
// The per-type payload sits under the type ("api_key.created"); some exports rename it "api_key_created".
// A list response {object:"list", data:[…]} is split. API keys only ever appear as their tracking ids.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { ci, cloudEvent, cobj, cstr, first, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";
import { isoTime } from "./fields";

const isAuditLog = (r: JsonObject) =>
  typeof r.type === "string" && (r.object === "organization.audit_log" || (r.effective_at !== undefined && ci(r, "actor") !== undefined));

function payloadOf(r: JsonObject, type: string): JsonObject | undefined {
  for (const key of [type, type.replace(/\./g, "_")]) {
    const v = Object.prototype.hasOwnProperty.call(r, key) ? r[key] : undefined;
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
  }
  return undefined;
}

function principalOf(actor: JsonObject | undefined): string | undefined {
  return first(
    cstr(actor, "session", "user", "email"),
    cstr(actor, "session", "user", "id"),
    cstr(actor, "api_key", "user", "email"),
    cstr(actor, "api_key", "user", "id"),
    cstr(actor, "api_key", "service_account", "id"),
    cstr(actor, "api_key", "id"),
  );
}

function parse(r: JsonObject): ParseOutcome {
  if (!isAuditLog(r)) return wrongFormat;
  const type = cstr(r, "type");
  if (!type) return missing("type");
  const time = isoTime(ci(r, "effective_at"));
  if (!time) return ci(r, "effective_at") == null ? missing("effective_at") : { reason: "invalid_value", detail: "effective_at" };
  const actor = cobj(r, "actor");
  const payload = payloadOf(r, type);
  const verb = type.slice(type.lastIndexOf(".") + 1);
  return cloudEvent({
    time,
    provider: "openai",
    account: first(cstr(r, "project", "id"), cstr(payload, "data", "project_id")),
    principal: principalOf(actor),
    sourceIp: ipOf(cstr(actor, "session", "ip_address")),
    userAgent: cstr(actor, "session", "user_agent"),
    service: type.split(".").find((part) => part.trim()) ?? type,
    action: type,
    resource: first(cstr(payload, "id"), cstr(r, "project", "id")),
    outcome: /fail/i.test(verb) ? "failure" : "success",
  });
}

export const openaiAuditParser: SourceParser = {
  source: "openai-audit",
  label: "OpenAI organization audit log",
  split: safe((value: JsonObject): JsonObject[] | null => {
    const data: JsonValue | undefined = value.data;
    if (value.object !== "list" || !Array.isArray(data)) return null;
    const items = objects(data);
    return items.length === 0 || items.some(isAuditLog) ? items : null;
  }, null),
  matches: safe((r: JsonObject) => isAuditLog(r) && isoTime(r.effective_at) !== undefined, false),
  parse: guarded(parse),
};
