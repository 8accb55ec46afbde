// Anthropic organization activity (audit) events → CloudEvent (provider anthropic).
// {id, created_at, organization_id, type: "<object>_<verb>" (admin_api_key_created, sso_login_failed, …),
//  actor:{type: user_actor | api_actor | unauthenticated_user_actor, email_address?, user_id?, api_key_id?,
//  ip_address?, user_agent?}, <type-specific ids: claude_chat_id, mcp_server_id, …>}.
// A page {data:[…]} of such events is split. API keys only ever appear as their ids.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { cloudEvent, cobj, cstr, first, firstTime, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";

const SKIP_IDS = new Set(["id", "organization_id"]);

const isActivity = (r: JsonObject) => {
  if (typeof r.type !== "string") return false;
  const actor = cobj(r, "actor");
  return (actor !== undefined && /_actor$/.test(cstr(actor, "type") ?? "")) || (r.organization_id !== undefined && actor !== undefined);
};

/** The object the event is about: the first type-specific *_id / *_name field (claude_chat_id, mcp_server_id, …). */
function resourceOf(r: JsonObject): string | undefined {
  let name: string | undefined;
  for (const [k, v] of Object.entries(r)) {
    if (typeof v !== "string" || !v || SKIP_IDS.has(k)) continue;
    if (k.endsWith("_id")) return v;
    if (!name && (k.endsWith("_name") || k.endsWith("_type"))) name = v;
  }
  return name;
}

function parse(r: JsonObject): ParseOutcome {
  if (!isActivity(r)) return wrongFormat;
  const type = cstr(r, "type");
  if (!type) return missing("type");
  const time = firstTime(r, ["created_at"]);
  if (!time) return missing("created_at");
  const actor = cobj(r, "actor");
  const cut = type.lastIndexOf("_");
  const verb = cut > 0 ? type.slice(cut + 1) : type;
  return cloudEvent({
    time,
    provider: "anthropic",
    account: cstr(r, "organization_id"),
    principal: first(cstr(actor, "email_address"), cstr(actor, "user_id"), cstr(actor, "api_key_id"), cstr(actor, "id")),
    sourceIp: ipOf(cstr(actor, "ip_address")),
    userAgent: cstr(actor, "user_agent"),
    service: cut > 0 ? type.slice(0, cut) : type,
    action: type,
    resource: first(resourceOf(r), cstr(r, "workspace", "id")),
    outcome: /^fail/i.test(verb) || /_denied$|_failed$/.test(type) ? "failure" : "success",
  });
}

export const anthropicActivityParser: SourceParser = {
  source: "anthropic-activity",
  label: "Anthropic organization activity log",
  split: safe((value: JsonObject): JsonObject[] | null => {
    const data: JsonValue | undefined = value.data;
    if (!Array.isArray(data) || value.type !== undefined) return null;
    const items = objects(data);
    return items.some(isActivity) ? items : null;
  }, null),
  matches: safe((r: JsonObject) => isActivity(r) && firstTime(r, ["created_at"]) !== undefined, false),
  parse: guarded(parse),
};
