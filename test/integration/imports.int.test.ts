import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as importsRoute from "@/app/api/v1/imports/route";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, uniq } from "../factories";

type Result = { rule: string; file: string; line: number; fp: string; suppressed?: boolean };

/** A SARIF 2.1.0 log of one run; results carry partial fingerprints so line moves keep their identity. */
const sarif = (results: Result[], { tool = "Semgrep", failed = false }: { tool?: string; failed?: boolean } = {}) =>
  JSON.stringify({
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: tool, version: "1.90.0", rules: [{ id: "sql-injection", properties: { tags: ["CWE-89"], "security-severity": "8.8" } }] } },
      ...(failed ? { invocations: [{ executionSuccessful: false }] } : {}),
      results: results.map((r) => ({
        ruleId: r.rule, level: "error", message: { text: `${r.rule} in ${r.file}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: r.line, snippet: { text: "db.query(input)" } } } }],
        partialFingerprints: { primaryLocationLineHash: r.fp },
        ...(r.suppressed ? { suppressions: [{ kind: "inSource", justification: "test data only" }] } : {}),
      })),
    }],
  });

const A: Result = { rule: "sql-injection", file: "src/a.js", line: 10, fp: "aaa" };
const B: Result = { rule: "xss", file: "src/b.js", line: 20, fp: "bbb" };
const C: Result = { rule: "path-traversal", file: "src/c.js", line: 30, fp: "ccc" };

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map(async (m) => (await sessionCookie(m.user.id)).cookie));
  const app = await db.llmApp.create({ data: { orgId: org.id, name: `app-${uniq()}`, environments: [], tags: [] } });
  const upload = (body: string | Uint8Array, { cookie = analyst!, appId = app.id, fileName = "scan.sarif", contentType = "application/sarif+json", apiKey }: { cookie?: string; appId?: string; fileName?: string; contentType?: string; apiKey?: string } = {}) =>
    call(importsRoute.POST, {
      method: "POST", ...(apiKey ? { apiKey } : { cookie }), path: `/api/v1/imports?${new URLSearchParams({ appId, fileName })}`, body, headers: { "content-type": contentType },
    });
  const findings = () => db.finding.findMany({ where: { orgId: org.id, appId: app.id }, orderBy: { ruleId: "asc" } });
  const statusOf = async (rule: string) => (await db.finding.findFirstOrThrow({ where: { orgId: org.id, appId: app.id, ruleId: rule } })).status;
  return { org, members, app, admin: admin!, analyst: analyst!, manager: manager!, upload, findings, statusOf };
}

describe("SAST/SCA imports", () => {
  it("imports a SARIF file into deduplicated findings, and a re-import of the same file creates nothing", async () => {
    const { org, app, analyst, manager, upload, findings } = await setup();
    const body = sarif([A, B, C, { ...A }]);
    const first = await upload(body);
    expect(first.status).toBe(201);
    expect(first.json.import).toMatchObject({ file: "scan.sarif", format: "sarif", specVersion: "2.1.0", tools: ["Semgrep 1.90.0"], via: "UI", results: 4, created: 3, updated: 0, duplicates: 1, resolved: 0, skipped: [{ reason: "duplicate", count: 1 }] });

    const rows = await findings();
    expect(rows).toHaveLength(3);
    const a = rows.find((f) => f.ruleId === "sql-injection")!;
    expect(a).toMatchObject({ source: "SAST", detector: "Semgrep", status: "OPEN", severity: "HIGH", location: "src/a.js:10", occurrences: 1 });
    expect(a.evidence).toBe("src/a.js:10");
    expect(a.evidence).not.toContain("db.query"); // snippets never stored
    expect(a.tags).toMatchObject({ cwe: ["CWE-89"] });
    expect(a.slaDueAt).not.toBeNull(); // set by the database trigger
    const parsedFingerprint = (await import("@/lib/imports/parse")).parseImport(body).drafts.find((d) => d.ruleId === "sql-injection")!.fingerprint;
    expect(a.fingerprint).toBe(createHash("sha256").update(`${app.id}|${parsedFingerprint}`).digest("hex"));
    expect(await db.findingOccurrence.findMany({ where: { findingId: a.id }, select: { recordType: true, recordId: true, start: true } })).toEqual([{ recordType: "import", recordId: first.json.import.id, start: 0 }]);
    expect(await db.findingActivity.count({ where: { findingId: a.id, kind: "created", actor: "system" } })).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { orgId: org.id, action: "import.created", resourceId: first.json.import.id } })).toMatchObject({ actorType: "USER" });

    const again = await upload(body);
    expect(again.json.import).toMatchObject({ results: 4, created: 0, updated: 3, duplicates: 1, resolved: 0 });
    expect(await findings()).toHaveLength(3);
    expect((await db.finding.findUniqueOrThrow({ where: { id: a.id } })).occurrences).toBe(2);

    // Anyone who reads findings sees the runs, newest first.
    const listed = await call(importsRoute.GET, { cookie: manager, path: `/api/v1/imports?appId=${app.id}` });
    expect(listed.status).toBe(200);
    expect(listed.json.imports.map((i: { id: string }) => i.id)).toEqual([again.json.import.id, first.json.import.id]);
    const paged = await call(importsRoute.GET, { cookie: analyst, path: "/api/v1/imports?limit=1" });
    expect(paged.json.imports).toHaveLength(1);
    const next = await call(importsRoute.GET, { cookie: analyst, path: `/api/v1/imports?limit=1&cursor=${paged.json.nextCursor}` });
    expect(next.json.imports.map((i: { id: string }) => i.id)).toEqual([first.json.import.id]);
    expect(next.json.nextCursor).toBeNull();
  });

  it("resolves what the same tool no longer reports, reopens it when it returns, and leaves other tools and failed runs alone", async () => {
    const { upload, statusOf, findings } = await setup();
    await upload(sarif([A, B, C]));
    await upload(sarif([{ rule: "other-rule", file: "x.py", line: 1, fp: "zzz" }], { tool: "Bandit" }));

    const second = await upload(sarif([A, { ...B, line: 25 }])); // B moved down: same finding
    expect(second.json.import).toMatchObject({ created: 0, updated: 2, resolved: 1 });
    expect(await statusOf("path-traversal")).toBe("RESOLVED");
    expect(await statusOf("other-rule")).toBe("OPEN"); // another tool's finding
    expect((await findings()).find((f) => f.ruleId === "xss")!.location).toBe("src/b.js:25");
    const resolved = (await findings()).find((f) => f.ruleId === "path-traversal")!;
    expect(await db.findingActivity.findFirst({ where: { findingId: resolved.id, kind: "resolved_by_import" } })).toMatchObject({ actor: "system", fromValue: "OPEN", toValue: "RESOLVED" });

    const failed = await upload(sarif([], { failed: true })); // an incomplete run proves nothing
    expect(failed.json.import).toMatchObject({ results: 0, resolved: 0 });
    expect(await statusOf("sql-injection")).toBe("OPEN");

    const back = await upload(sarif([A, B, C]));
    expect(back.json.import).toMatchObject({ created: 0, updated: 3, resolved: 0, reopened: 1 });
    expect(await statusOf("path-traversal")).toBe("OPEN");
    expect(await db.findingActivity.findFirst({ where: { findingId: resolved.id, kind: "reopened" } })).toMatchObject({ actor: "system", fromValue: "RESOLVED", toValue: "OPEN" });
  });

  it("imports suppressions as false positives, and a suppression of an open finding closes it", async () => {
    const { upload, statusOf, findings } = await setup();
    const first = await upload(sarif([A, { ...B, suppressed: true }]));
    expect(first.json.import).toMatchObject({ created: 2 });
    expect(await statusOf("xss")).toBe("FALSE_POSITIVE");
    expect((await findings()).find((f) => f.ruleId === "xss")!.evidence).toMatch(/Suppressed \(inSource: test data only\)/);

    await upload(sarif([{ ...A, suppressed: true }]));
    expect(await statusOf("sql-injection")).toBe("FALSE_POSITIVE");
    const a = (await findings()).find((f) => f.ruleId === "sql-injection")!;
    expect(await db.findingActivity.findFirst({ where: { findingId: a.id, kind: "false_positive_by_import" } })).toMatchObject({ actor: "system", fromValue: "OPEN", toValue: "FALSE_POSITIVE" });
    expect(await statusOf("xss")).toBe("FALSE_POSITIVE"); // closed findings are not resolved when missing
  });

  it("imports a CycloneDX VEX into SCA findings with analysis states", async () => {
    const { upload, findings } = await setup();
    const vex = readFileSync("lib/imports/fixtures/vex-1.4.cdx.json");
    const res = await upload(vex, { fileName: "bom.cdx.json", contentType: "application/vnd.cyclonedx+json" });
    expect(res.status).toBe(201);
    expect(res.json.import).toMatchObject({ format: "cyclonedx", specVersion: "1.4", results: 6, created: 5, duplicates: 1 });
    const byRule = Object.fromEntries((await findings()).map((f) => [f.ruleId, f]));
    expect(byRule["CVE-2021-23337"]).toMatchObject({ source: "SCA", detector: "acme-scanner", severity: "HIGH", status: "TRIAGED", location: "pkg:npm/lodash@4.17.20" });
    expect(byRule["CVE-2020-28500"]!.status).toBe("FALSE_POSITIVE");
    expect(byRule["CVE-2019-10744"]!.status).toBe("RESOLVED");
    expect(byRule["CVE-2018-16487"]!.status).toBe("OPEN");
    expect(byRule["CVE-2021-23337"]!.tags).toMatchObject({ cve: ["CVE-2021-23337"], cwe: ["CWE-94"] });
    expect((await upload(vex, { fileName: "bom.cdx.json", contentType: "application/json" })).json.import).toMatchObject({ created: 0, resolved: 0 });
  });

  it("lets analysts, admins and scans:run API keys import; managers get 403; another org's app is 404; bad files are 400 with the reason", async () => {
    const { org, members, admin, manager, upload, findings } = await setup();
    expect((await upload(sarif([A]), { cookie: manager })).status).toBe(403);
    expect((await upload(sarif([A]), { cookie: admin })).status).toBe(201);
    const key = await createApiKeyFor(org.id, members[0]!.user.id, ["scans:run"]);
    const viaKey = await upload(sarif([A]), { apiKey: key, contentType: "application/octet-stream" });
    expect(viaKey.json.import).toMatchObject({ via: "API", created: 0, updated: 1 });
    const readOnlyKey = await createApiKeyFor(org.id, members[0]!.user.id, ["findings:read"]);
    expect((await upload(sarif([A]), { apiKey: readOnlyKey })).status).toBe(403);

    const other = await createOrgWithMembers(["ADMIN"]);
    const foreignApp = await db.llmApp.create({ data: { orgId: other.org.id, name: "theirs", environments: [], tags: [] } });
    const foreign = await upload(sarif([A]), { appId: foreignApp.id });
    expect(foreign.status).toBe(404);
    expect(await db.finding.count({ where: { appId: foreignApp.id } })).toBe(0);
    const theirCookie = (await sessionCookie(other.members[0]!.user.id)).cookie;
    expect((await call(importsRoute.GET, { cookie: theirCookie })).json.imports).toEqual([]); // runs stay in their org

    const notJson = await upload("{ this is not json", { fileName: "broken.sarif" });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toMatchObject({ code: "VALIDATION_FAILED", details: { code: "not_json" } });
    expect(notJson.json.error.message).toMatch(/not valid JSON/);
    const oldSarif = await upload(JSON.stringify({ version: "1.0.0", runs: [] }));
    expect(oldSarif.json.error).toMatchObject({ code: "VALIDATION_FAILED", details: { code: "unsupported_version" } });
    expect((await upload("", {})).json.error.details).toEqual({ code: "empty" });
    expect((await upload(sarif([A]), { contentType: "text/html" })).status).toBe(415);
    expect((await upload(sarif([A]), { appId: "not-a-uuid" })).status).toBe(400);
    expect(await findings()).toHaveLength(1);
  });
});
