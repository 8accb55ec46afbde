// The hot reads' timestamptz parser (lib/server/pg-timestamptz.ts) on what the real Postgres writes, in the session
// time zones a deployment may have (UTC, whole-hour, half-hour and historical LMT offsets, dates around DST changes).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotReadTypes } from "@/lib/server/pg-timestamptz";

const client = new pg.Client({ connectionString: process.env.DATABASE_SYSTEM_URL || process.env.DATABASE_URL });
beforeAll(() => client.connect());
afterAll(() => client.end());

describe("timestamptz from Postgres", () => {
  it("reads the same instants as Postgres's own UTC epoch, in every session time zone", async () => {
    for (const zone of ["UTC", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Adelaide", "Europe/Amsterdam", "Pacific/Kiritimati"]) {
      await client.query(`SET TimeZone = '${zone}'`);
      const { rows } = await client.query<{ v: Date; ms: string }>({
        text: `SELECT t AS v, floor(extract(epoch FROM t) * 1000)::bigint::text AS ms FROM unnest($1::timestamptz[]) t`,
        values: [["2026-11-27T22:39:27.123456Z", "2026-03-29T01:30:00Z", "2026-10-25T00:59:59.999999Z", "1901-12-13T20:45:52Z", "1000-01-01T00:00:00.5Z", "9999-12-31T23:59:59.999Z", "2000-02-29T12:00:00Z"]],
        types: hotReadTypes,
      });
      expect(rows).toHaveLength(7);
      for (const r of rows) expect(r.v.getTime(), `${zone} ${r.ms}`).toBe(Number(r.ms));
    }
  });
});
