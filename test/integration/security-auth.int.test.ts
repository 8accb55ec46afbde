// Issue 8, login and API keys: argon2id parameters read back from hashes the product stored, the brute-force limits
// and user-enumeration resistance of the real sign-in endpoint (status, body, timing), and the API-key lifecycle.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import * as keyRoute from "@/app/api/v1/api-keys/[id]/route";
import * as keysRoute from "@/app/api/v1/api-keys/route";
import * as passwordRoute from "@/app/api/v1/me/password/route";
import * as membersRoute from "@/app/api/v1/members/route";
import { generateApiKey, parseApiKey } from "@/lib/server/api-key-crypto";
import { db } from "@/lib/server/db";
import { redis } from "@/lib/server/redis";
import { call, createApiKeyFor, createOrgWithMembers, createUser, sessionCookie, uniq } from "../factories";
import { authClient } from "../helpers/next-auth-flow";
import { recordFigures } from "../security/figures";

const figures: Record<string, number | string> = {};
const ipFor = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
let ipSeq = 1_000;
const freshIp = () => ipFor(ipSeq++);

async function adminCookie() {
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  return { org, admin: members[0]!.user, cookie: (await sessionCookie(members[0]!.user.id)).cookie };
}

describe("password hashes", () => {
  it("are argon2id v19 with m >= 19456 KiB, t >= 2, p >= 1, for every path that stores one", async () => {
    const { cookie } = await adminCookie();
    const added = await call(membersRoute.POST, { method: "POST", cookie, body: { email: `new-${uniq()}@example.test`, role: "ANALYST" } });
    expect(added.status).toBe(201);
    const user = await createUser({ password: "first password here" });
    const { org } = await createOrgWithMembers([]);
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "ANALYST" } });
    const own = await sessionCookie(user.id);
    expect((await call(passwordRoute.POST, { method: "POST", cookie: own.cookie, body: { currentPassword: "first password here", newPassword: "second password, longer" } })).status).toBe(200);

    const stored = await db.user.findMany({ where: { email: { in: [added.json.member.email, user.email] } }, select: { passwordHash: true } });
    expect(stored).toHaveLength(2);
    for (const { passwordHash } of stored) {
      const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash ?? "");
      expect(m, passwordHash ?? "no hash").not.toBeNull();
      const [memory, time, lanes] = m!.slice(1).map(Number) as [number, number, number];
      expect(memory).toBeGreaterThanOrEqual(19_456);
      expect(time).toBeGreaterThanOrEqual(2);
      expect(lanes).toBeGreaterThanOrEqual(1);
      figures.argon2 = `argon2id m=${memory},t=${time},p=${lanes}`;
    }
    figures.hashesChecked = stored.length;
  });
});

describe("sign-in endpoint", () => {
  it("answers an unknown user and a wrong password identically (status, redirect, cookies)", async () => {
    const user = await createUser({ password: "the right password" });
    const wrong = await authClient({ ip: freshIp() }).signIn(user.email, "not the password");
    const unknown = await authClient({ ip: freshIp() }).signIn(`nobody-${uniq()}@example.test`, "not the password");
    const shape = (r: typeof wrong) => ({ status: r.status, location: r.location, body: r.body ?? null, cookies: r.cookies.map((c) => c.name).sort() });
    expect(shape(wrong)).toEqual(shape(unknown));
    expect(wrong.location).toMatch(/error=CredentialsSignin/);
    expect((await authClient({ ip: freshIp() }).signIn(user.email, "the right password")).location).toMatch(/\/dashboard$/);
  });

  it("takes the same time for an unknown user as for a wrong password (median of 50 trials each)", async () => {
    const user = await createUser({ password: "the right password" });
    const timings = { wrong: [] as number[], unknown: [] as number[] };
    const trial = async (kind: "wrong" | "unknown") => {
      const email = kind === "wrong" ? user.email : `nobody-${uniq()}@example.test`;
      const started = performance.now();
      const res = await authClient({ ip: freshIp() }).signIn(email, "not the password");
      timings[kind].push(performance.now() - started);
      expect(res.location).toMatch(/error=CredentialsSignin/);
      await redis().del(`rl:login:acct:${email}`); // keep the account limit out of the measurement
    };
    for (let i = 0; i < 3; i++) await trial(i % 2 ? "wrong" : "unknown"); // warm-up, not counted
    timings.wrong.length = timings.unknown.length = 0;
    for (let i = 0; i < 50; i++) {
      // Alternate the order so drift in machine load falls on both sides.
      for (const kind of i % 2 ? (["wrong", "unknown"] as const) : (["unknown", "wrong"] as const)) await trial(kind);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const delta = Math.abs(median(timings.wrong) - median(timings.unknown));
    figures.timingTrials = timings.wrong.length + timings.unknown.length;
    figures.medianWrongMs = Number(median(timings.wrong).toFixed(1));
    figures.medianUnknownMs = Number(median(timings.unknown).toFixed(1));
    figures.medianDeltaMs = Number(delta.toFixed(2));
    expect(timings.wrong).toHaveLength(50);
    expect(delta).toBeLessThan(10);
  });

  it("refuses an account after 10 failures (even the right password) while its owner's colleague signs in", async () => {
    const victim = await createUser({ password: "victim's password" });
    const colleague = await createUser({ password: "colleague's password" });
    let refused = 0;
    let attempts = 0;
    for (let i = 0; i < 10; i++) {
      const res = await authClient({ ip: freshIp() }).signIn(victim.email, `guess ${i}`);
      attempts++;
      expect(res.location, `attempt ${i + 1}`).toMatch(/error=CredentialsSignin/);
    }
    const locked = await authClient({ ip: freshIp() }).signIn(victim.email, "victim's password");
    if (/error=RATE_LIMITED/.test(locked.location ?? "")) refused++;
    expect(locked.status).toBe(401);
    expect(locked.cookies.some((c) => c.name.endsWith("session-token") && c.value)).toBe(false);
    expect((await authClient({ ip: freshIp() }).signIn(colleague.email, "colleague's password")).location).toMatch(/\/dashboard$/);
    expect(refused).toBe(1);
    figures.accountLimitAttempts = attempts;
    figures.accountLimitRefused = refused;
  });

  it("refuses an IP after 20 failures across accounts while the same user from another IP signs in", async () => {
    const ip = freshIp();
    let attempts = 0;
    for (let i = 0; i < 20; i++) {
      const res = await authClient({ ip }).signIn(`spray-${i}-${uniq()}@example.test`, "Winter2026!");
      attempts++;
      expect(res.location, `attempt ${i + 1}`).toMatch(/error=CredentialsSignin/);
    }
    const user = await createUser({ password: "a legit password" });
    const fromSprayer = await authClient({ ip }).signIn(user.email, "a legit password");
    expect(fromSprayer.location).toMatch(/error=RATE_LIMITED/);
    expect(fromSprayer.status).toBe(401);
    const fromElsewhere = await authClient({ ip: freshIp() }).signIn(user.email, "a legit password");
    expect(fromElsewhere.location).toMatch(/\/dashboard$/);
    figures.ipLimitAttempts = attempts;
    figures.ipLimitRefused = [fromSprayer].filter((r) => r.status === 401 && /error=RATE_LIMITED/.test(r.location ?? "")).length;
  });
});

// Every statement this process sends to Postgres (the app's pool and Prisma's adapter both go through pg.Client), counted
// on the way through: the queries still run against the real database.
function countQueries() {
  const texts: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    texts.push(typeof first === "string" ? first : (first?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { texts, stop: () => void (pg.Client.prototype.query = original) };
}

describe("API keys", () => {
  it("carry a typed prefix and 256 random bits", () => {
    const keys = Array.from({ length: 2_000 }, () => generateApiKey());
    const secrets = keys.map((k) => Buffer.from(/^lsk_[a-z2-7]{12}_([A-Za-z0-9_-]{43})[0-9a-z]{6}$/.exec(k.token)![1]!, "base64url"));
    expect(new Set(keys.map((k) => k.token)).size).toBe(keys.length);
    expect(secrets.every((s) => s.length === 32)).toBe(true);
    // Every bit position is set in about half of the keys (a constant or counter-like byte would show up here).
    let worst = 0;
    for (let bit = 0; bit < 256; bit++) {
      const ones = secrets.filter((s) => (s[bit >> 3]! >> (bit & 7)) & 1).length;
      worst = Math.max(worst, Math.abs(ones / secrets.length - 0.5));
    }
    expect(worst).toBeLessThan(0.06);
    figures.keyRandomBits = secrets[0]!.length * 8;
    figures.keysGenerated = keys.length;
  });

  it("are shown once, stored only hashed, scoped, and dead on the next request once revoked", async () => {
    const { cookie } = await adminCookie();
    const created = await call(keysRoute.POST, { method: "POST", cookie, body: { name: "ci key", scopes: ["members:read"] } });
    expect(created.status).toBe(201);
    const token: string = created.json.secret;
    expect(token).toMatch(/^lsk_/);
    // The secret is base64url, so it may itself contain "_": take it from the parsed token, not after the last "_".
    const secretPart = parseApiKey(token)!.secret;

    const list = await call(keysRoute.GET, { cookie });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(secretPart);
    expect(list.json.apiKeys.every((k: Record<string, unknown>) => !("secret" in k))).toBe(true);

    // No table holds the key or its secret in plain text: every row of every table, read as the owner (a dump).
    const owner = new pg.Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await owner.connect();
    const { rows: tables } = await owner.query<{ t: string }>("SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public'");
    let rows = 0;
    let hits = 0;
    for (const { t } of tables) {
      const dump = await owner.query<{ row: string }>(`SELECT to_jsonb(x)::text AS row FROM "${t.replace(/"/g, "")}" x`);
      rows += dump.rows.length;
      hits += dump.rows.filter((d) => d.row.includes(secretPart)).length;
    }
    await owner.end();
    expect(rows).toBeGreaterThan(0);
    expect(hits).toBe(0);
    figures.dbTablesScanned = tables.length;
    figures.plaintextHits = hits;

    const scoped = [
      await call(membersRoute.GET, { apiKey: token }),
      await call(membersRoute.POST, { method: "POST", apiKey: token, body: { email: `k-${uniq()}@example.test`, role: "ANALYST" } }),
      await call(keysRoute.GET, { apiKey: token }),
      await call(keysRoute.POST, { method: "POST", apiKey: token, body: { name: "child", scopes: ["members:read"] } }),
    ].map((r) => r.status);
    expect(scoped).toEqual([200, 403, 403, 403]);
    figures.scopeChecks = scoped.length;

    const revoked = await call(keyRoute.DELETE, { method: "DELETE", cookie, params: { id: created.json.apiKey.id } });
    expect(revoked.status).toBe(200);
    expect((await call(membersRoute.GET, { apiKey: token })).status).toBe(401);
    figures.revokedThenRejected = Number((await call(membersRoute.GET, { apiKey: token })).status === 401);
  });

  it("are refused on a bad checksum without any database lookup", async () => {
    const { org, admin } = await adminCookie();
    const real = await createApiKeyFor(org.id, admin.id, ["members:read"]);
    const flip = (t: string, i: number) => t.slice(0, i) + (t[i] === "a" ? "b" : "a") + t.slice(i + 1);
    // The real key with one character changed anywhere in its id, secret or checksum, and random well-formed keys.
    const forged = [
      ...Array.from({ length: real.length - 4 }, (_, i) => flip(real, i + 4)).filter((t) => /^lsk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}[0-9a-z]{6}$/.test(t)),
      ...Array.from({ length: 100 }, () => flip(generateApiKey().token, real.length - 1)),
    ];
    const forgedRun = countQueries();
    try {
      for (const t of forged) expect((await call(membersRoute.GET, { apiKey: t })).status).toBe(401);
    } finally {
      forgedRun.stop();
    }
    expect(forgedRun.texts).toEqual([]);

    // Control: keys with a valid checksum but an unknown id do reach api_keys, so the counter above can see lookups.
    const unknownRun = countQueries();
    try {
      for (let i = 0; i < 10; i++) expect((await call(membersRoute.GET, { apiKey: generateApiKey().token })).status).toBe(401);
    } finally {
      unknownRun.stop();
    }
    expect(unknownRun.texts.filter((t) => /api_keys/i.test(t)).length).toBeGreaterThanOrEqual(10);
    expect((await call(membersRoute.GET, { apiKey: real })).status).toBe(200);
    figures.forgedChecksums = forged.length;
    figures.forgedDbQueries = forgedRun.texts.length;
  });
});

afterAll(() => {
  recordFigures("auth", figures);
});
