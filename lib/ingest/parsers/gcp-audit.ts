// Google Cloud Audit Log entries (LogEntry with protoPayload @type google.cloud.audit.AuditLog) → CloudEvent
// (provider gcp). Vertex AI / Gemini API calls (aiplatform / generativelanguage) also name the model.
// Entries list pages ({entries:[…]}) are split. Panther exports spell "@type" as "at_sign_type" and may
// lower-case keys; the ci readers accept both.
import type { JsonObject, ParseOutcome, SourceParser } from "../types";
import { carr, ci, cloudEvent, cobj, cstr, first, firstTime, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";

const AUDIT_LOG_TYPE = "type.googleapis.com/google.cloud.audit.AuditLog";
const MODEL_SERVICES = new Set(["aiplatform.googleapis.com", "generativelanguage.googleapis.com"]);

const payloadOf = (r: JsonObject) => cobj(r, "protoPayload");
const isAuditEntry = (r: JsonObject) => {
  const p = payloadOf(r);
  if (!p) return false;
  const type = cstr(p, "@type");
  return type ? type === AUDIT_LOG_TYPE : typeof ci(p, "methodName") === "string";
};

const segment = (path: string | undefined, name: string) =>
  path ? new RegExp(`(?:^|/)${name}/([^/:]+)`).exec(path)?.[1] : undefined;

/** Model name from ".../publishers/google/models/<model>[:method]" paths, or a bare model name in request.model. */
function modelOf(p: JsonObject, resource: string | undefined): string | undefined {
  const requested = cstr(p, "request", "model");
  const bare = requested && !requested.includes("/") ? requested : undefined;
  return first(segment(resource, "models"), segment(requested, "models"), bare, segment(cstr(p, "request", "setup", "model"), "models"), segment(cstr(p, "request", "endpoint"), "models"));
}

function outcomeOf(p: JsonObject): "success" | "failure" {
  const code = Number(ci(p, "status", "code") ?? 0);
  if (Number.isFinite(code) && code !== 0) return "failure";
  const denied = objects(carr(p, "authorizationInfo")).some((a) => ci(a, "granted") === false);
  return denied ? "failure" : "success";
}

const TIMES = [["timestamp"], ["receiveTimestamp"], ["protoPayload", "requestMetadata", "requestAttributes", "time"]];
const orgOf = (r: JsonObject, labels: JsonObject | undefined) => {
  const id = first(cstr(labels, "organization_id"), segment(cstr(r, "logName"), "organizations"));
  return id ? `organizations/${id}` : undefined;
};

function regionOf(r: JsonObject, p: JsonObject, labels: JsonObject | undefined, resource: string | undefined) {
  const region = first(cstr(labels, "location"), cstr(labels, "region"), cstr(labels, "zone"), cstr(p, "resourceLocation", "currentLocations", "0"), segment(resource, "locations"));
  return region?.toLowerCase() === "global" ? undefined : region;
}

function parse(r: JsonObject): ParseOutcome {
  const p = payloadOf(r);
  if (!p) return wrongFormat;
  const type = cstr(p, "@type");
  if (type && type !== AUDIT_LOG_TYPE) return wrongFormat;
  const time = firstTime(r, ...TIMES);
  if (!time) return missing("timestamp");
  const action = cstr(p, "methodName");
  if (!action) return missing("protoPayload.methodName");
  const service = first(cstr(p, "serviceName"), cstr(r, "resource", "labels", "service"), cstr(r, "serviceName"), action.startsWith("io.k8s.") ? "k8s.io" : undefined);
  if (!service) return missing("protoPayload.serviceName");
  const resource = cstr(p, "resourceName");
  const labels = cobj(r, "resource", "labels");
  return cloudEvent({
    time,
    provider: "gcp",
    account: first(cstr(labels, "project_id"), segment(cstr(r, "logName"), "projects"), segment(resource, "projects"), orgOf(r, labels)),
    principal: first(cstr(p, "authenticationInfo", "principalEmail"), cstr(p, "authenticationInfo", "principalSubject")),
    sourceIp: ipOf(cstr(p, "requestMetadata", "callerIp")),
    userAgent: cstr(p, "requestMetadata", "callerSuppliedUserAgent"),
    service,
    action,
    resource,
    outcome: outcomeOf(p),
    region: regionOf(r, p, labels, resource),
    model: MODEL_SERVICES.has(service) ? modelOf(p, resource) : undefined,
  });
}

export const gcpAuditParser: SourceParser = {
  source: "gcp-audit",
  label: "Google Cloud Audit Logs",
  split: safe((value: JsonObject): JsonObject[] | null => {
    const entries = value.entries;
    return Array.isArray(entries) && !payloadOf(value) ? objects(entries) : null;
  }, null),
  matches: safe((r: JsonObject) => isAuditEntry(r) && firstTime(r, ...TIMES) !== undefined, false),
  parse: guarded(parse),
};
