// Azure Monitor Activity Log → CloudEvent (provider azure). Two shapes: the diagnostic-settings / Event Hub export
// ({time, resourceId, operationName, category, resultType, callerIpAddress, identity:{claims…}, properties}) —
// which resource logs such as StorageRead also follow — and the REST shape ({eventTimestamp, caller,
// operationName:{value}, status:{value}, subscriptionId, httpRequest:{clientIpAddress}}). Containers
// {records:[…]} and REST pages {value:[…]} are split. Entra ID records are left to azure-entra.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { ci, cloudEvent, cobj, cstr, first, firstTime, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";
import { looksEntra } from "./azure-entra";

/** Canonical spelling of common resource-provider namespaces (resourceIds are often upper- or lower-cased). */
const NAMESPACES = [
  "Advisor", "Authorization", "CognitiveServices", "Compute", "ContainerRegistry", "ContainerService", "DocumentDB", "EventHub",
  "Insights", "KeyVault", "Logic", "MachineLearningServices", "ManagedIdentity", "Network", "OperationalInsights", "PolicyInsights",
  "Resources", "Search", "Security", "ServiceBus", "Sql", "Storage", "Web",
];
const CANONICAL = new Map(NAMESPACES.map((n) => [`microsoft.${n.toLowerCase()}`, `Microsoft.${n}`]));
const OPENAI_DIAGNOSTIC = /^(Audit|RequestResponse|AzureOpenAIRequestUsage|Trace)$/i;

const valueOf = (r: JsonObject, key: string) => first(cstr(r, key, "value"), cstr(r, key));

function canonicalNamespace(ns: string | undefined): string | undefined {
  if (!ns || !/^microsoft\.\w+$/i.test(ns)) return ns || undefined;
  const known = CANONICAL.get(ns.toLowerCase());
  if (known) return known;
  const rest = ns.slice(ns.indexOf(".") + 1);
  return rest === rest.toUpperCase() || rest === rest.toLowerCase() ? `Microsoft.${rest.charAt(0).toUpperCase()}${rest.slice(1).toLowerCase()}` : `Microsoft.${rest}`;
}

function serviceOf(r: JsonObject, operation: string): string | undefined {
  const fromOperation = /^(microsoft\.\w+)\//i.exec(operation)?.[1];
  const fromResource = /\/providers\/(microsoft\.\w+)/i.exec(cstr(r, "resourceId") ?? "")?.[1];
  const category = valueOf(r, "category") ?? "";
  const fromCategory = /^Storage/i.test(category) ? "Microsoft.Storage" : /^kube-/i.test(category) ? "Microsoft.ContainerService" : undefined;
  return canonicalNamespace(first(fromOperation, valueOf(r, "resourceProviderName"), fromResource, fromCategory, category || undefined));
}

function outcomeOf(r: JsonObject): "success" | "failure" | "unknown" {
  const status = first(cstr(r, "status", "value"), cstr(r, "resultType"), cstr(r, "properties", "metricResponseType"))?.toLowerCase();
  if (status === "success" || status === "succeeded") return "success";
  if (status && /fail|error/.test(status)) return "failure";
  const code = Number(first(cstr(r, "statusCode"), cstr(r, "properties", "statusCode")));
  return code >= 400 ? "failure" : code >= 200 && code < 400 ? "success" : "unknown";
}

const CLAIMS = [
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
  "upn",
  "unique_name",
  "name",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
  "appid",
  "http://schemas.microsoft.com/identity/claims/objectidentifier",
];
function principalOf(r: JsonObject): string | undefined {
  const claims = first(cobj(r, "identity", "claims"), cobj(r, "claims"));
  const caller = cstr(r, "caller");
  return first(
    caller,
    ...CLAIMS.map((c) => cstr(claims, c)),
    cstr(r, "identity", "authorization", "evidence", "principalId"),
    cstr(r, "identity"),
  );
}

const subscriptionOf = (resourceId: string | undefined) => (resourceId ? /\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase() : undefined);

const looksActivity = (r: JsonObject) => valueOf(r, "operationName") !== undefined && !looksEntra(r);
const looksOpenAiDiagnostic = (r: JsonObject) =>
  OPENAI_DIAGNOSTIC.test(valueOf(r, "category") ?? "") && /microsoft\.cognitiveservices/i.test(cstr(r, "resourceId") ?? "");

const TIMES = [["time"], ["eventTimestamp"], ["submissionTimestamp"]];

function parse(r: JsonObject): ParseOutcome {
  if (!looksActivity(r)) return wrongFormat;
  const time = firstTime(r, ...TIMES);
  if (!time) return missing("time");
  const action = valueOf(r, "operationName") ?? "";
  const service = serviceOf(r, action) ?? "Microsoft.Resources";
  const resourceId = cstr(r, "resourceId");
  const location = cstr(r, "location");
  return cloudEvent({
    time,
    provider: "azure",
    account: first(subscriptionOf(resourceId), cstr(r, "subscriptionId")?.toLowerCase(), cstr(r, "tenantId")),
    principal: principalOf(r),
    sourceIp: first(ipOf(cstr(r, "callerIpAddress")), ipOf(cstr(r, "httpRequest", "clientIpAddress"))),
    userAgent: first(cstr(r, "properties", "userAgentHeader"), cstr(r, "userAgent")),
    service,
    action,
    resource: first(cstr(r, "properties", "objectKey"), resourceId),
    outcome: outcomeOf(r),
    region: location && location.toLowerCase() !== "global" ? location : undefined,
  });
}

export const azureActivityParser: SourceParser = {
  source: "azure-activity",
  label: "Azure Monitor Activity Log",
  split: safe((value: JsonObject): JsonObject[] | null => {
    for (const key of ["records", "value"]) {
      const items: JsonValue | undefined = value[key];
      if (Array.isArray(items) && objects(items).some(looksActivity)) return objects(items);
    }
    return null;
  }, null),
  matches: safe(
    (r: JsonObject) =>
      looksActivity(r) &&
      !looksOpenAiDiagnostic(r) &&
      firstTime(r, ...TIMES) !== undefined &&
      (ci(r, "resourceId") != null || ci(r, "category") != null || ci(r, "eventDataId") != null),
    false,
  ),
  parse: guarded(parse),
};
