// Microsoft Entra ID (Azure AD) sign-in and audit logs → CloudEvent (provider azure, service Microsoft.Entra).
// Two shapes: the diagnostic-settings export ({time, category: SignInLogs | AuditLogs | …, operationName,
// properties:{…}}), possibly with lower-cased keys, and the Microsoft Graph objects (signIns with createdDateTime,
// directoryAudits with activityDateTime) read flat. Containers {records:[…]} and Graph pages {value:[…]} are split.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { carr, ci, cloudEvent, cobj, cstr, first, firstTime, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";
import { isObject } from "./fields";

const SIGN_IN_CATEGORY = /SignInLogs$/i;
const ENTRA_CATEGORY = /SignInLogs$|^AuditLogs$|^ProvisioningLogs$/i;

const propsOf = (r: JsonObject): JsonObject => cobj(r, "properties") ?? r;
const isGraphSignIn = (r: JsonObject) => ci(r, "createdDateTime") != null && ci(r, "userPrincipalName") != null && ci(r, "appDisplayName") !== undefined && isObject(ci(r, "status"));
const isGraphAudit = (r: JsonObject) => ci(r, "activityDateTime") != null && ci(r, "activityDisplayName") != null && isObject(ci(r, "initiatedBy"));

/** True for Entra sign-in / audit records in either shape; azure-activity uses it to leave them alone. */
export function looksEntra(r: JsonObject): boolean {
  const category = cstr(r, "category");
  if (category && ENTRA_CATEGORY.test(category)) return true;
  if (/\/providers\/microsoft\.aadiam/i.test(cstr(r, "resourceId") ?? "")) return true;
  const p = cobj(r, "properties");
  if (p && (isGraphAudit(p) || (ci(p, "loggedByService") != null && isObject(ci(p, "initiatedBy"))))) return true;
  return isGraphSignIn(r) || isGraphAudit(r);
}

const isSignIn = (r: JsonObject, p: JsonObject) => {
  const category = cstr(r, "category");
  return category ? SIGN_IN_CATEGORY.test(category) : ci(p, "createdDateTime") != null && ci(p, "activityDisplayName") == null;
};

/** Value of an {key, value} entry in additionalDetails (audit logs carry "User-Agent" and "ipaddr" there). */
const detail = (p: JsonObject, key: string) =>
  cstr(objects(carr(p, "additionalDetails")).find((d) => cstr(d, "key")?.toLowerCase() === key.toLowerCase()), "value");

function signInOutcome(r: JsonObject, p: JsonObject): "success" | "failure" | "unknown" {
  const code: JsonValue | undefined = first(ci(p, "status", "errorCode") ?? undefined, ci(r, "resultType") ?? undefined);
  if (code !== undefined && code !== "") return Number(code) === 0 ? "success" : "failure";
  const signature = cstr(r, "resultSignature")?.toUpperCase();
  return signature === "SUCCESS" ? "success" : signature === "FAILURE" ? "failure" : "unknown";
}

function auditOutcome(p: JsonObject): "success" | "failure" | "unknown" {
  const result = cstr(p, "result")?.toLowerCase();
  return result === "success" ? "success" : result === "failure" || result === "timeout" ? "failure" : "unknown";
}

const TIMES = [["time"], ["properties", "createdDateTime"], ["properties", "activityDateTime"], ["createdDateTime"], ["activityDateTime"]];

function parse(r: JsonObject): ParseOutcome {
  if (!looksEntra(r)) return wrongFormat;
  const p = propsOf(r);
  const time = firstTime(r, ...TIMES);
  if (!time) return missing("time");
  const signIn = isSignIn(r, p);
  const action = first(cstr(p, "activityDisplayName"), cstr(r, "operationName"), cstr(p, "operationName"), signIn ? "Sign-in activity" : undefined);
  if (!action) return missing("operationName");
  const by = cobj(p, "initiatedBy");
  const target = objects(carr(p, "targetResources"))[0];
  const principal = signIn
    ? first(cstr(p, "userPrincipalName"), cstr(p, "servicePrincipalName"), cstr(p, "servicePrincipalId"), cstr(p, "userId"), cstr(r, "identity"))
    : first(
        cstr(by, "user", "userPrincipalName"),
        cstr(by, "app", "servicePrincipalName"),
        cstr(by, "app", "displayName"),
        cstr(by, "user", "id"),
        cstr(by, "app", "appId"),
        cstr(r, "identity"),
      );
  const ip = first(ipOf(cstr(p, "ipAddress")), ipOf(cstr(by, "user", "ipAddress")), ipOf(cstr(r, "callerIpAddress")), ipOf(detail(p, "ipaddr")));
  return cloudEvent({
    time,
    provider: "azure",
    account: first(cstr(r, "tenantId"), cstr(p, "tenantId"), cstr(p, "resourceTenantId"), cstr(p, "homeTenantId")),
    principal,
    sourceIp: ip,
    userAgent: first(cstr(p, "userAgent"), detail(p, "User-Agent")),
    service: "Microsoft.Entra",
    action,
    resource: signIn
      ? first(cstr(p, "resourceDisplayName"), cstr(p, "appDisplayName"), cstr(p, "resourceId"))
      : first(cstr(target, "userPrincipalName"), cstr(target, "displayName"), cstr(target, "id")),
    outcome: signIn ? signInOutcome(r, p) : auditOutcome(p),
  });
}

export const azureEntraParser: SourceParser = {
  source: "azure-entra",
  label: "Microsoft Entra ID sign-in and audit logs",
  split: safe((value: JsonObject): JsonObject[] | null => {
    for (const key of ["records", "value"]) {
      const items = value[key];
      if (Array.isArray(items) && objects(items).some(looksEntra)) return objects(items);
    }
    return null;
  }, null),
  matches: safe((r: JsonObject) => looksEntra(r) && firstTime(r, ...TIMES) !== undefined, false),
  parse: guarded(parse),
};
