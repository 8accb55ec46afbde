import { describe, expect, it } from "vitest";
import type { GatewayKeyConfig } from "./key-config";
import { decide } from "./limits";

const NOW = Date.UTC(2026, 10, 27, 8, 30, 15);
const none = { keyRpm: null, keyTpm: null, keyDailyUsd: null, keyMonthlyUsd: null, appRpm: null, appTpm: null, appDailyUsd: null, appMonthlyUsd: null, maxInputTokens: null, maxOutputTokens: null };
const cfg = (limits: Partial<GatewayKeyConfig["limits"]>) => ({ limits: { ...none, ...limits } }) as GatewayKeyConfig;
const view = (v: Partial<{ rpm: [number, number]; tpm: [number, number]; dayUsd: [number, number]; monthUsd: [number, number]; revoked: boolean; minute: number }> = {}) => ({
  minute: Math.floor(NOW / 60_000), day: "2026-11-27", month: "2026-11", revoked: false, rpm: [0, 0] as [number, number], tpm: [0, 0] as [number, number], dayUsd: [0, 0] as [number, number], monthUsd: [0, 0] as [number, number], ...v,
});

describe("gateway limit decisions", () => {
  it("counts calls still in flight against requests per minute, per key and per app", () => {
    expect(decide(cfg({ keyRpm: 3 }), view({ rpm: [2, 2] }), 0, 10, NOW)).toEqual({ ok: true });
    expect(decide(cfg({ keyRpm: 3 }), view({ rpm: [2, 2] }), 1, 10, NOW)).toEqual({ ok: false, reason: "rpm", scope: "key", retryAfter: 45 });
    expect(decide(cfg({ appRpm: 5 }), view({ rpm: [1, 5] }), 0, 10, NOW)).toMatchObject({ ok: false, reason: "rpm", scope: "app" });
    expect(decide(cfg({ keyRpm: 3 }), view({ rpm: [9, 9], minute: Math.floor(NOW / 60_000) - 1 }), 0, 10, NOW)).toEqual({ ok: true }); // last minute's count
  });

  it("refuses a call whose estimated tokens would pass the minute's TPM, and spent budgets until the next day or month", () => {
    expect(decide(cfg({ keyTpm: 100 }), view({ tpm: [90, 0] }), 0, 11, NOW)).toMatchObject({ ok: false, reason: "tpm" });
    expect(decide(cfg({ keyDailyUsd: 1 }), view({ dayUsd: [1_000_000, 0] }), 0, 1, NOW)).toEqual({ ok: false, reason: "budget_daily", scope: "key", retryAfter: Math.ceil((Date.UTC(2026, 10, 28) - NOW) / 1000) });
    expect(decide(cfg({ appMonthlyUsd: 2 }), view({ monthUsd: [0, 2_500_000] }), 0, 1, NOW)).toMatchObject({ ok: false, reason: "budget_monthly", scope: "app" });
    expect(decide(cfg({ keyDailyUsd: 1 }), view({ dayUsd: [999_999, 0] }), 0, 1, NOW)).toEqual({ ok: true });
  });

  it("refuses a key Redis marks revoked", () => {
    expect(decide(cfg({}), view({ revoked: true }), 0, 1, NOW)).toEqual({ ok: false, reason: "revoked" });
  });
});
