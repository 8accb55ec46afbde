import { describe, expect, it } from "vitest";
import { computeReachability, risksFor, type ReachabilityInput } from "./reachability";

const D = { pii: "d-pii", tickets: "d-tickets", payroll: "d-payroll" };
const A = { support: "a-support", internal: "a-internal", hr: "a-hr" };

const base = (): ReachabilityInput => ({
  datasets: [
    { id: D.tickets, name: "Support tickets", classification: "CONFIDENTIAL", categories: ["CUSTOMER_CONTENT"], owner: "support" },
    { id: D.pii, name: "Customer PII", classification: "RESTRICTED", categories: ["EMAIL_ADDRESS", "NOT_A_CATEGORY"], owner: "data@corp" },
    { id: D.payroll, name: "Payroll", classification: "RESTRICTED", categories: ["FINANCIAL"], owner: "hr" },
  ],
  links: [
    { datasetId: D.pii, appId: A.support, access: "RAG_INDEX" },
    { datasetId: D.pii, appId: A.support, access: "TOOL" },
    { datasetId: D.pii, appId: A.support, access: "RAG_INDEX" },
    { datasetId: D.tickets, appId: A.support, access: "PROMPT_CONTEXT" },
  ],
  dataStores: [{ datasetId: D.pii, appId: A.internal, name: "pii-vectors", kind: "VECTOR" }],
  apps: [
    { id: A.support, name: "Support Copilot", exposure: "PUBLIC" },
    { id: A.internal, name: "Internal Search", exposure: "INTERNAL" },
    { id: A.hr, name: "HR Assistant", exposure: "INTERNAL" },
  ],
  usages: [
    { appId: A.support, provider: "openai", modelId: "gpt-4o", viaGateway: true },
    { appId: A.support, provider: "anthropic", modelId: "claude-sonnet-4", viaGateway: false },
    { appId: A.support, provider: "openai", modelId: "gpt-4o", viaGateway: true },
    { appId: A.internal, provider: "azure.ai.openai", modelId: "gpt-4o-mini", viaGateway: true },
  ],
});

describe("computeReachability", () => {
  it("joins links and data stores to apps and their providers, restricted first", () => {
    const { rows, summary } = computeReachability(base());
    expect(rows.map((r) => r.dataset.name)).toEqual(["Customer PII", "Payroll", "Support tickets"]);
    const pii = rows[0]!;
    expect(pii.dataset.categories).toEqual(["EMAIL_ADDRESS"]);
    expect(pii.apps.map((a) => a.name)).toEqual(["Internal Search", "Support Copilot"]);
    const support = pii.apps[1]!;
    expect(support.access).toEqual(["RAG_INDEX", "TOOL"]);
    expect(support.providers).toEqual([
      { provider: "anthropic", modelId: "claude-sonnet-4", viaGateway: false },
      { provider: "openai", modelId: "gpt-4o", viaGateway: true },
    ]);
    expect(pii.apps[0]).toMatchObject({ access: [], dataStores: [{ name: "pii-vectors", kind: "VECTOR" }], risks: [] });
    expect(pii.providers.map((p) => p.provider)).toEqual(["anthropic", "azure.ai.openai", "openai"]);
    expect(summary).toEqual({ sensitiveDatasets: 3, reachableDatasets: 2, riskyDatasets: 1 });
  });

  it("flags restricted data reaching a public app or an ungated provider, but not confidential data", () => {
    const { rows } = computeReachability(base());
    const pii = rows.find((r) => r.dataset.id === D.pii)!;
    expect(pii.risky).toBe(true);
    expect(pii.apps.find((a) => a.id === A.support)!.risks).toEqual(["PUBLIC_APP", "UNGATED_PROVIDER"]);
    const tickets = rows.find((r) => r.dataset.id === D.tickets)!;
    expect(tickets.apps).toHaveLength(1);
    expect(tickets.apps[0]!.risks).toEqual([]);
    expect(tickets.risky).toBe(false);
    const payroll = rows.find((r) => r.dataset.id === D.payroll)!;
    expect(payroll).toMatchObject({ apps: [], providers: [], risky: false });
  });

  it("ignores paths to apps it was not given (never shows another tenant's app)", () => {
    const input = base();
    input.links.push({ datasetId: D.payroll, appId: "a-foreign", access: "TOOL" });
    input.dataStores.push({ datasetId: D.payroll, appId: "a-foreign", name: "x", kind: "SQL" });
    const payroll = computeReachability(input).rows.find((r) => r.dataset.id === D.payroll)!;
    expect(payroll.apps).toEqual([]);
  });

  it("orders risky datasets before safe ones within a classification", () => {
    const input = base();
    input.datasets.push({ id: "d-aaa", name: "AAA archive", classification: "RESTRICTED", categories: [], owner: "" });
    const names = computeReachability(input).rows.map((r) => r.dataset.name);
    expect(names.slice(0, 3)).toEqual(["Customer PII", "AAA archive", "Payroll"]);
  });

  it("returns an empty view for no datasets", () => {
    expect(computeReachability({ datasets: [], links: [], dataStores: [], apps: [], usages: [] })).toEqual({
      rows: [], summary: { sensitiveDatasets: 0, reachableDatasets: 0, riskyDatasets: 0 },
    });
  });
});

describe("risksFor", () => {
  const gated = [{ provider: "openai", modelId: "gpt-4o", viaGateway: true }];
  it("only applies to restricted datasets", () => {
    expect(risksFor("CONFIDENTIAL", { exposure: "PUBLIC", providers: [{ ...gated[0]!, viaGateway: false }] })).toEqual([]);
    expect(risksFor("RESTRICTED", { exposure: "PARTNER", providers: gated })).toEqual([]);
    expect(risksFor("RESTRICTED", { exposure: "PUBLIC", providers: gated })).toEqual(["PUBLIC_APP"]);
    expect(risksFor("RESTRICTED", { exposure: "INTERNAL", providers: [] })).toEqual([]);
  });
});
