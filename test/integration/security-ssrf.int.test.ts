// SSRF proof (issue 8): every outbound feature refuses every vector, and nothing reaches the loopback canary,
// not even a TCP connection. Names under .ssrf.test resolve through this file's resolver (see TEST_DNS).
import type * as DnsPromises from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = ""; // set to the redirect stub's host:port once it listens
  process.env.NEXTAUTH_URL = "http://console.test";
});
vi.mock("node:dns/promises", async (importOriginal) => {
  const real = await importOriginal<typeof DnsPromises>();
  const { TEST_DNS } = await import("../security/ssrf-vectors");
  const lookup = ((host: string, options?: { all?: boolean }) => {
    const fixed = TEST_DNS[host.toLowerCase().replace(/\.$/, "")];
    if (!fixed) return real.lookup(host, options as never);
    return Promise.resolve(options?.all ? fixed : fixed[0]);
  }) as typeof real.lookup;
  return { ...real, lookup, default: { ...real, lookup } };
});

import { checkOutboundDestination, outboundFetch } from "@/lib/server/outbound";
import { createOrgWithMembers, sessionCookie } from "../factories";
import { recordFigures } from "../security/figures";
import { startCanary, startRedirectStub, type Canary, type RedirectStub } from "../security/ssrf-canary";
import { SSRF_FEATURES, type FeatureEnv } from "../security/ssrf-features";
import { ssrfVectors, type SsrfVector } from "../security/ssrf-vectors";

let canary: Canary;
let stub: RedirectStub;
let vectors: SsrfVector[];
let env: FeatureEnv;
const tally = { features: 0, attempts: 0, blocked: 0, refusedAsInvalid: 0 };

beforeAll(async () => {
  [canary, stub] = await Promise.all([startCanary(), startRedirectStub()]);
  vectors = ssrfVectors({ canaryPort: canary.port, stubOrigin: stub.origin });
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  env = { orgId: org.id, admin: (await sessionCookie(members[0]!.user.id)).cookie, stubOrigin: stub.origin };
});
afterAll(async () => {
  await Promise.all([canary.close(), stub.close()]);
});

describe("SSRF: outbound features against the loopback canary", () => {
  it("the canary counts what reaches it and the test resolver answers (controls)", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = `127.0.0.1:${canary.port}`;
    expect((await outboundFetch(`http://127.0.0.1:${canary.port}/control`)).text).toContain("reached");
    expect(canary).toMatchObject({ requests: 1, connections: 1 });
    await expect(checkOutboundDestination(`https://loopback.ssrf.test:${canary.port}/`)).rejects.toThrow(/resolves to an internal address/);
    process.env.OUTBOUND_ALLOW_HOSTS = stub.hostPort; // from here on, only the redirect stub is allow-listed
    canary.requests = 0;
    canary.connections = 0;
    expect(vectors.length).toBeGreaterThanOrEqual(30);
  });

  for (const feature of SSRF_FEATURES) {
    it(`${feature.name}: refuses every vector`, { timeout: 120_000 }, async () => {
      const notBlocked: { vector: string; how: string }[] = [];
      for (const vector of vectors) {
        const outcome = await feature.attempt(env, vector.url);
        tally.attempts++;
        if (!outcome.blocked) notBlocked.push({ vector: vector.name, how: outcome.how });
        else if (outcome.how === "validation") tally.refusedAsInvalid++;
        if (outcome.blocked) tally.blocked++;
      }
      tally.features++;
      expect(notBlocked).toEqual([]);
      expect({ requests: canary.requests, connections: canary.connections }).toEqual({ requests: 0, connections: 0 });
      expect(stub.requests).toBeGreaterThan(0); // redirect vectors went through the allow-listed stub, not around it
    });
  }

  it("records the figures", () => {
    const attempts = SSRF_FEATURES.length * vectors.length;
    expect(tally).toMatchObject({ features: SSRF_FEATURES.length, attempts, blocked: attempts });
    recordFigures("ssrf", {
      features: tally.features, vectors: vectors.length, attempts: tally.attempts, blocked: tally.blocked,
      blocked_by_validation: tally.refusedAsInvalid, blocked_by_outbound_guard: tally.blocked - tally.refusedAsInvalid,
      canary_requests: canary.requests, canary_connections: canary.connections, canary_ipv6: canary.ipv6 ? "yes" : "no",
    });
  });
});
