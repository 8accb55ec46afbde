import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgWithMembers } from "../factories";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs `npm run import -- …` the way bootstrap.mjs does (node with tsx as a loader), against this test's database. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
      cwd: process.cwd(), env: { ...process.env, INIT_CWD: process.cwd(), LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const sarif = (rules: string[]) =>
  JSON.stringify({
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "Semgrep" } }, results: rules.map((r, i) => ({ ruleId: r, message: { text: r }, locations: [{ physicalLocation: { artifactLocation: { uri: `src/${r}.js` }, region: { startLine: i + 1 } } }] })) }],
  });

describe("import CLI", () => {
  it("registers the app on request, prints one JSON line per file, and re-imports create nothing", { timeout: 120_000 }, async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const dir = await mkdtemp(join(tmpdir(), "import-cli-"));
    dirs.push(dir);
    const scan1 = join(dir, "scan1.sarif");
    const scan2 = join(dir, "scan2.sarif");
    const broken = join(dir, "broken.json");
    await writeFile(scan1, sarif(["a", "b", "c"]));
    await writeFile(scan2, sarif(["a", "b"]));
    await writeFile(broken, "not json");

    const unknown = await runCli(["--org", org.slug, "--app", "payments", scan1]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no app named "payments".*--create-app/);
    expect(await db.llmApp.count({ where: { orgId: org.id } })).toBe(0);
    expect((await runCli(["--org", "no-such-org", "--app", "payments", scan1])).code).toBe(2);

    const first = await runCli(["--org", org.slug, "--app", "payments", "--create-app", scan1, scan2, broken, join(dir, "missing.sarif")]);
    expect(first.code).toBe(1); // one file failed
    expect(lines(first.stdout)).toEqual([
      { file: scan1, format: "sarif", results: 3, created: 3, updated: 0, duplicates: 0, resolved: 0 },
      { file: scan2, format: "sarif", results: 2, created: 0, updated: 2, duplicates: 0, resolved: 1 },
      { file: broken, error: "The file is not valid JSON (SARIF 2.1.0 or CycloneDX JSON expected)." },
      { file: join(dir, "missing.sarif"), error: "not found" },
    ]);
    const app = await db.llmApp.findFirstOrThrow({ where: { orgId: org.id, name: "payments" } });
    expect(await db.auditEvent.findFirst({ where: { orgId: org.id, action: "app.created", resourceId: app.id } })).toMatchObject({ actorType: "SYSTEM", actorLabel: "system:import-cli" });
    expect(await db.importRun.findMany({ where: { appId: app.id }, select: { via: true } })).toEqual([{ via: "CLI" }, { via: "CLI" }]);

    const again = await runCli(["--org", org.slug, "--app", "payments", scan2]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)).toEqual([{ file: scan2, format: "sarif", results: 2, created: 0, updated: 2, duplicates: 0, resolved: 0 }]);
    expect(await db.finding.count({ where: { appId: app.id } })).toBe(3);
  });
});
