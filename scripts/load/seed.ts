// One org for `npm run load`: an admin, an API key with the scopes the load drives, 50 apps, 5,000 findings and a
// posture document (set-based SQL, then the real recompute).
import { db } from "@/lib/server/db";
import { generateApiKey } from "@/lib/server/api-key-crypto";
import { recomputePosture } from "@/lib/posture/server/recompute-posture";

export async function seedLoadOrg(name: string): Promise<{ orgId: string; token: string }> {
  const suffix = `${name}-${process.pid}`;
  const org = await db.organization.create({ data: { slug: `load-${suffix}`, name: `Load ${name}` } });
  const user = await db.user.create({ data: { email: `admin-${suffix}@load.test`, name: `Load ${name} admin` } });
  await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "ADMIN" } });
  const key = generateApiKey();
  await db.apiKey.create({
    data: { orgId: org.id, name: "load", keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4, createdById: user.id, scopes: ["ingestion:write", "apps:read", "findings:read", "posture:read"] },
  });
  await db.$executeRaw`
    INSERT INTO llm_apps (id, org_id, name, updated_at) SELECT gen_random_uuid(), ${org.id}::uuid, 'app-' || i, now() FROM generate_series(1, 50) AS i`;
  await db.$executeRaw`
    INSERT INTO findings (id, org_id, source, detector, rule_id, title, severity, status, fingerprint, evidence, tags, occurrences, first_seen_at, last_seen_at, updated_at)
    SELECT gen_random_uuid(), ${org.id}::uuid, 'DLP'::"FindingSource", 'load', 'rule-' || (i % 97), 'finding ' || i,
      (ARRAY['CRITICAL','HIGH','MEDIUM','LOW','INFO'])[1 + i % 5]::"Severity", (ARRAY['OPEN','TRIAGED','RESOLVED'])[1 + i % 3]::"FindingStatus",
      md5(${org.id} || i::text), 'masked', '{"owasp":[],"atlas":[],"nist":[]}'::jsonb, 1, now() - make_interval(mins => i), now(), now()
    FROM generate_series(1, 5000) AS i`;
  await recomputePosture(org.id, "manual");
  return { orgId: org.id, token: key.token };
}
