import { describe, expect, it } from "vitest";
import { buildDataFlowGraph, LAYOUT } from "./data-flow-graph";
import type { TAppDetail } from "./schemas";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const at = "2026-01-01T00:00:00.000Z";
const usage = (n: number, provider: string, modelId: string, purpose: string, viaGateway = false) =>
  ({ id: uuid(n), provider, modelId, purpose, viaGateway, credential: null, createdAt: at });

const app: Pick<TAppDetail, "id" | "name" | "datasets" | "dataStores" | "modelUsages"> = {
  id: uuid(1),
  name: "Support Copilot",
  datasets: [
    { linkId: uuid(10), id: uuid(11), name: "Help center", classification: "PUBLIC", access: "RAG_INDEX", source: { id: uuid(12), name: "Zendesk", kind: "zendesk" } },
    { linkId: uuid(13), id: uuid(11), name: "Help center", classification: "PUBLIC", access: "PROMPT_CONTEXT", source: { id: uuid(12), name: "Zendesk", kind: "zendesk" } },
    { linkId: uuid(14), id: uuid(15), name: "Tickets", classification: "CONFIDENTIAL", access: "TOOL", source: null },
  ],
  dataStores: [
    { id: uuid(20), kind: "VECTOR", name: "support-index", dataset: { id: uuid(15), name: "Tickets", classification: "CONFIDENTIAL" } },
    { id: uuid(21), kind: "CACHE", name: "redis", dataset: null },
  ],
  modelUsages: [
    usage(30, "openai", "gpt-4o", "chat"),
    usage(31, "openai", "text-embedding-3-large", "embeddings", true),
    usage(32, "anthropic", "claude-sonnet-4", "chat", true),
  ],
};

describe("data-flow graph", () => {
  const graph = buildDataFlowGraph(app);
  const byKind = (kind: string) => graph.nodes.filter((n) => n.kind === kind);

  it("puts data on the left (one node per dataset), the app in the middle and one node per provider on the right", () => {
    expect(byKind("dataset").map((n) => n.label)).toEqual(["Help center", "Tickets"]);
    expect(byKind("data-store").map((n) => n.classification)).toEqual(["CONFIDENTIAL", null]);
    expect(byKind("app")).toHaveLength(1);
    expect(byKind("provider").map((n) => n.label)).toEqual(["OpenAI", "Anthropic"]);
    const [left, middle, right] = [byKind("dataset")[0]!, byKind("app")[0]!, byKind("provider")[0]!];
    expect(left.x).toBeLessThan(middle.x);
    expect(middle.x).toBeLessThan(right.x);
    expect(byKind("provider")[0]!.detail).toEqual(["gpt-4o (chat)", "text-embedding-3-large (embed…"]);
  });

  it("draws an edge from every data node into the app and from the app to every provider", () => {
    const appId = `app:${app.id}`;
    expect(graph.edges.filter((e) => e.to === appId)).toHaveLength(4);
    expect(graph.edges.filter((e) => e.from === appId).map((e) => e.to)).toEqual(["provider:openai", "provider:anthropic"]);
    expect(graph.edges.find((e) => e.from === `dataset:${uuid(11)}`)!.label).toBe("RAG index, Prompt context");
    const openai = graph.edges.find((e) => e.to === "provider:openai")!;
    expect(openai).toMatchObject({ label: "chat, embeddings · partly…", dashed: false });
    expect(graph.edges.find((e) => e.to === "provider:anthropic")!.dashed).toBe(true);
    for (const e of graph.edges) expect(e.path).toMatch(/^M [\d.]+ [\d.]+ C /);
    // Labels sit beside the outer column, where edges are spread out, not in the crowded middle.
    expect(graph.edges.filter((e) => e.to === appId).every((e) => e.labelAnchor === "start" && e.labelX < byKind("app")[0]!.x - LAYOUT.columnGap / 2)).toBe(true);
    expect(openai.labelAnchor).toBe("end");
  });

  it("keeps nodes inside the canvas without overlaps in a column", () => {
    for (const n of graph.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(graph.width);
      expect(n.y + n.height).toBeLessThanOrEqual(graph.height);
    }
    const left = graph.nodes.filter((n) => n.x === LAYOUT.padding);
    for (let i = 1; i < left.length; i++) expect(left[i]!.y).toBeGreaterThanOrEqual(left[i - 1]!.y + left[i - 1]!.height);
  });

  it("describes itself for screen readers and as a text list", () => {
    expect(graph.summary).toBe("Data flow of Support Copilot: 4 data inputs flow into the app, which calls 2 model providers (OpenAI, Anthropic).");
    expect(graph.lines).toContain('Dataset "Help center" (Public, from Zendesk) flows into the app as RAG index, Prompt context');
    expect(graph.lines).toContain('Data store "redis" (Cache, Unclassified) is used by the app');
    expect(graph.lines).toContain("The app calls Anthropic: claude-sonnet-4 (chat) (via gateway)");
  });

  it("draws a lone app when nothing is recorded, and caps long model lists", () => {
    const empty = buildDataFlowGraph({ ...app, datasets: [], dataStores: [], modelUsages: [] });
    expect(empty.nodes).toHaveLength(1);
    expect(empty.edges).toHaveLength(0);
    expect(empty.summary).toContain("which calls no model provider yet");
    const many = buildDataFlowGraph({ ...app, modelUsages: Array.from({ length: 7 }, (_, i) => usage(40 + i, "openai", `m-${i}`, "chat")) });
    expect(many.nodes.find((n) => n.kind === "provider")!.detail).toEqual(["m-0 (chat)", "m-1 (chat)", "m-2 (chat)", "+4 more"]);
  });
});
