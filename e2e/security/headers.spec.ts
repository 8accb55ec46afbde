// Issue 8, security headers: every page route on disk (app/(console)/**/page.tsx, the sign-in page and the root), its
// [id] segments filled with real ids created for this run, is loaded signed in and fetched signed out; each answer must
// carry a CSP with frame-ancestors, nosniff and a Referrer-Policy, and no X-Powered-By. HSTS must be sent only for
// requests that arrived over https (X-Forwarded-Proto from the TLS proxy).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { recordFigures } from "../../test/security/figures";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "api" ? [] : pageFiles(path);
    return name === "page.tsx" ? [path] : [];
  });
}

const routes = pageFiles("app")
  .map((file) => "/" + relative("app", file).replace(/(^|\/)page\.tsx$/, "").split("/").filter((s) => s && !/^\(.+\)$/.test(s)).join("/"))
  .sort();

const SAFE_REFERRER = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

function problems(path: string, headers: Record<string, string>, https: boolean): string[] {
  const out: string[] = [];
  if (!/frame-ancestors\s+('none'|'self')/.test(headers["content-security-policy"] ?? "")) out.push(`${path}: CSP without frame-ancestors`);
  if (headers["x-content-type-options"] !== "nosniff") out.push(`${path}: X-Content-Type-Options`);
  if (!SAFE_REFERRER.includes(headers["referrer-policy"] ?? "")) out.push(`${path}: Referrer-Policy ${headers["referrer-policy"] ?? "missing"}`);
  if ("x-powered-by" in headers) out.push(`${path}: X-Powered-By`);
  const hsts = headers["strict-transport-security"];
  if (https && !/max-age=(\d+)/.test(hsts ?? "")) out.push(`${path}: no HSTS over https`);
  if (https && Number(/max-age=(\d+)/.exec(hsts ?? "")?.[1] ?? 0) < 31_536_000) out.push(`${path}: HSTS max-age under a year`);
  if (!https && hsts) out.push(`${path}: HSTS over plain http`);
  return out;
}

/** Real ids for the dynamic segments, created through the API as org A's admin. */
async function realIds(request: APIRequestContext, origin: string): Promise<Record<string, string>> {
  const headers = { origin };
  const ok = async (p: Promise<{ ok(): boolean; status(): number; json(): Promise<unknown>; text(): Promise<string> }>) => {
    const res = await p;
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const run = Date.now().toString(36);
  const app = await ok(request.post("/api/v1/apps", { headers, data: { name: `headers-app-${run}` } }));
  const dataset = await ok(request.post("/api/v1/datasets", { headers, data: { name: `headers-dataset-${run}`, classification: "INTERNAL" } }));
  const finding = await ok(request.post("/api/v1/findings", { headers, data: { title: `headers finding ${run}`, severity: "LOW" } }));
  const now = new Date().toISOString();
  const llm = await ok(request.post("/api/v1/ingest/aws-bedrock-invocation", {
    headers,
    data: [{
      schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp: now, accountId: "123456789012", region: "us-east-1", requestId: `headers-${run}`,
      operation: "Converse", modelId: "anthropic.claude-3-haiku-20240307-v1:0", identity: { arn: `arn:aws:sts::123456789012:assumed-role/headers/${run}` },
      input: { inputContentType: "application/json", inputTokenCount: 5, inputBodyJson: { messages: [{ role: "user", content: [{ text: "hi" }] }] } },
      output: { outputContentType: "application/json", outputTokenCount: 1, outputBodyJson: { usage: { inputTokens: 5, outputTokens: 1 } } },
    }],
  }));
  await ok(request.post("/api/v1/ingest/aws-cloudtrail", {
    headers,
    data: [{
      eventVersion: "1.10", eventTime: now, eventSource: "s3.amazonaws.com", eventName: "GetObject", awsRegion: "eu-west-1", sourceIPAddress: "198.51.100.7",
      userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::111122223333:assumed-role/headers/${run}`, accountId: "111122223333" },
      eventID: `headers-${run}`, recipientAccountId: "111122223333", readOnly: true,
    }],
  }));
  const llmEvents = await ok(request.get("/api/v1/events/llm"));
  const cloudEvents = await ok(request.get("/api/v1/events/cloud"));
  return {
    "/apps/[id]": app.app.id,
    "/posture/apps/[id]": app.app.id,
    "/catalog/datasets/[id]": dataset.dataset.id,
    "/findings/[id]": finding.finding.id,
    "/ingestion/files/[id]": llm.ingestionId,
    "/ingestion/events/llm/[id]": llmEvents.events[0].id,
    "/ingestion/events/cloud/[id]": cloudEvents.events[0].id,
    "/integrations/[id]": f.oauthIntegrationId,
  };
}

test("every page answers with the security headers, signed in and signed out, and HSTS only over https", async ({ page, baseURL, playwright }) => {
  test.setTimeout(180_000);
  await signIn(page, f.logins.ADMIN);
  const ids = await realIds(page.request, baseURL!);
  const unfilled = routes.filter((r) => r.includes("[") && !ids[r]);
  expect(unfilled, "a dynamic page without a real id in this spec").toEqual([]);

  const anonymous = await playwright.request.newContext({ baseURL });
  const missing: string[] = [];
  let visits = 0;
  for (const route of routes) {
    const path = ids[route] ? route.replace("[id]", ids[route]) : route;
    const signedIn = await page.goto(path);
    expect(signedIn, path).not.toBeNull();
    expect(signedIn!.status(), `${path} signed in`).toBeLessThan(400);
    missing.push(...problems(`${path} (signed in)`, await signedIn!.allHeaders(), false));
    const overHttps = await page.request.get(path, { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 });
    missing.push(...problems(`${path} (https)`, overHttps.headers(), true));
    const signedOut = await anonymous.get(path, { maxRedirects: 0 });
    missing.push(...problems(`${path} (signed out, ${signedOut.status()})`, signedOut.headers(), false));
    visits += 3;
  }
  await anonymous.dispose();
  recordFigures("headers", { pages: routes.length, visits, missing: missing.length });
  expect(routes.length).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});
