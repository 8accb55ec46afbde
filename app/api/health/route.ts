import { checkHealth } from "@/lib/system/server/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  // Public endpoint: statuses only; error details (hosts, messages) are on the authenticated System page.
  const checks = Object.fromEntries(Object.entries(health.checks).map(([k, c]) => [k, { ...c, error: c.ok ? null : "unavailable" }]));
  return Response.json({ ...health, checks }, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
