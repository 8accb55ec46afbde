// Seeds the demo organization when the database is empty. Passwords are generated here, printed
// by `npm start` and written to .data/demo-credentials.json; none is fixed in code.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { seedDemoApps } from "./demo/apps";
import { seedDemoCatalog, seedDemoCatalogLinks } from "./demo/catalog";
import { scanDemoSamples, seedDemoDlp } from "./demo/dlp";
import { ingestDemoEvents } from "./demo/events";
import { seedDemoIntegrations } from "./demo/integrations";

type Credential = { email: string; password: string; role: "ADMIN" | "ANALYST" | "MANAGER" };

const output = process.argv[2] ?? ".data/demo-credentials.json";

async function main() {
  if ((await db.organization.count()) > 0) {
    console.log(JSON.stringify({ seeded: false, reason: "database not empty" }));
    return;
  }
  const people: (Credential & { name: string })[] = [
    { email: "admin@demo.local", name: "Ada Admin", role: "ADMIN", password: randomBytes(12).toString("base64url") },
    { email: "analyst@demo.local", name: "Sam Analyst", role: "ANALYST", password: randomBytes(12).toString("base64url") },
    { email: "manager@demo.local", name: "Morgan Manager", role: "MANAGER", password: randomBytes(12).toString("base64url") },
  ];
  const hashes = await Promise.all(people.map((p) => hashPassword(p.password)));
  const { demo, userIds } = await db.$transaction(async (tx) => {
    const userIds: string[] = [];
    const demo = await tx.organization.create({ data: { slug: "demo", name: "Demo Corp" } });
    const lab = await tx.organization.create({ data: { slug: "demo-labs", name: "Demo Labs (R&D)" } });
    for (const [i, p] of people.entries()) {
      const user = await tx.user.create({ data: { email: p.email, name: p.name, passwordHash: hashes[i] } });
      userIds.push(user.id);
      await tx.membership.create({ data: { orgId: demo.id, userId: user.id, role: p.role } });
      if (p.role === "ADMIN") await tx.membership.create({ data: { orgId: lab.id, userId: user.id, role: "ADMIN" } });
      await tx.auditEvent.create({
        data: { orgId: demo.id, actorType: "SYSTEM", actorLabel: "seed", action: "member.added", resourceType: "membership", summary: { email: p.email, role: p.role } },
      });
    }
    return { demo, userIds };
  });
  // Inventory: integrations need the org committed first (its data key is created outside this transaction).
  const { credentialIdByProvider, integrationIdByName } = await db.$transaction((tx) => seedDemoIntegrations(tx, demo.id), { timeout: 30_000 });
  await db.$transaction(
    async (tx) => {
      const { datasetIdByName } = await seedDemoCatalog(tx, demo.id, { integrationIdByName });
      const appIdByName = await seedDemoApps(tx, demo.id, userIds, { credentialIdByProvider, datasetIdByName });
      await seedDemoCatalogLinks(tx, demo.id, appIdByName, datasetIdByName);
      await seedDemoDlp(tx, demo.id, appIdByName, datasetIdByName);
    },
    { timeout: 30_000 },
  );
  await scanDemoSamples(demo.id);
  await ingestDemoEvents(demo.id);
  mkdirSync(dirname(output), { recursive: true });
  const credentials: Credential[] = people.map(({ email, password, role }) => ({ email, password, role }));
  writeFileSync(output, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  console.log(JSON.stringify({ seeded: true, output }));
}

await main();
await db.$disconnect();
