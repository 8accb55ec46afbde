// Builds the data-flow diagram of an app from its detail DTO: data on the left, the app in the middle,
// model providers on the right, laid out in three columns. Pure, so the SVG component only draws.
import {
  CLASSIFICATION_LABELS, DATA_STORE_KIND_LABELS, DATASET_ACCESS_LABELS, labelOf, providerLabel, type Classification,
} from "./constants";
import type { TAppDetail } from "./schemas";

export type FlowNodeKind = "dataset" | "data-store" | "app" | "provider";
export type FlowNode = {
  id: string;
  kind: FlowNodeKind;
  label: string;
  /** Secondary lines shown under the label (already truncated to fit). */
  detail: string[];
  /** Only data nodes carry one; null there means "not classified". */
  classification: Classification | null;
  x: number;
  y: number;
  width: number;
  height: number;
};
/** Edge labels sit beside the outer node (where edges are spread out), anchored at `labelAnchor`. */
export type FlowEdge = {
  id: string; from: string; to: string; label: string; dashed: boolean; path: string;
  labelX: number; labelY: number; labelAnchor: "start" | "end";
};
export type FlowGraph = { nodes: FlowNode[]; edges: FlowEdge[]; width: number; height: number; summary: string; lines: string[] };

type FlowInput = Pick<TAppDetail, "id" | "name" | "datasets" | "dataStores" | "modelUsages">;

export const LAYOUT = { nodeWidth: 210, columnGap: 150, padding: 16, rowGap: 16, lineHeight: 16, baseHeight: 40, maxDetailLines: 4 } as const;

const columnX = (column: 0 | 1 | 2) => LAYOUT.padding + column * (LAYOUT.nodeWidth + LAYOUT.columnGap);
const clip = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function capLines(lines: string[]) {
  if (lines.length <= LAYOUT.maxDetailLines) return lines.map((l) => clip(l));
  const shown = lines.slice(0, LAYOUT.maxDetailLines - 1).map((l) => clip(l));
  return [...shown, `+${lines.length - shown.length} more`];
}

type Draft = Omit<FlowNode, "x" | "y" | "width" | "height"> & { edgeLabel: string; dashed: boolean; fallback: string };

function dataDrafts(app: FlowInput): Draft[] {
  const byDataset = new Map<string, TAppDetail["datasets"]>();
  for (const d of app.datasets) byDataset.set(d.id, [...(byDataset.get(d.id) ?? []), d]);
  const datasets = [...byDataset.values()].map((links): Draft => {
    const d = links[0]!;
    const access = links.map((l) => labelOf(DATASET_ACCESS_LABELS, l.access)).join(", ");
    const source = d.source ? `from ${d.source.name}` : null;
    return {
      id: `dataset:${d.id}`, kind: "dataset", label: clip(d.name), classification: d.classification,
      detail: capLines([`Dataset · ${CLASSIFICATION_LABELS[d.classification]}`, ...(source ? [source] : [])]),
      edgeLabel: access, dashed: false,
      fallback: `Dataset "${d.name}" (${CLASSIFICATION_LABELS[d.classification]}${source ? `, ${source}` : ""}) flows into the app as ${access}`,
    };
  });
  const stores = app.dataStores.map((s): Draft => {
    const kind = labelOf(DATA_STORE_KIND_LABELS, s.kind);
    const classification = s.dataset?.classification ?? null;
    const classText = classification ? CLASSIFICATION_LABELS[classification] : "Unclassified";
    return {
      id: `store:${s.id}`, kind: "data-store", label: clip(s.name), classification,
      detail: capLines([`${kind} · ${classText}`, ...(s.dataset ? [`holds ${s.dataset.name}`] : [])]),
      edgeLabel: kind, dashed: false,
      fallback: `Data store "${s.name}" (${kind}, ${classText}${s.dataset ? `, holds dataset ${s.dataset.name}` : ""}) is used by the app`,
    };
  });
  return [...datasets, ...stores];
}

function providerDrafts(app: FlowInput): Draft[] {
  const byProvider = new Map<string, TAppDetail["modelUsages"]>();
  for (const u of app.modelUsages) byProvider.set(u.provider, [...(byProvider.get(u.provider) ?? []), u]);
  return [...byProvider.entries()].map(([provider, usages]): Draft => {
    const models = usages.map((u) => `${u.modelId} (${u.purpose})`);
    const gateway = usages.filter((u) => u.viaGateway).length;
    const purposes = [...new Set(usages.map((u) => u.purpose))].join(", ");
    const gatewayText = gateway === 0 ? "" : gateway === usages.length ? " · via gateway" : " · partly via gateway";
    return {
      id: `provider:${provider}`, kind: "provider", label: providerLabel(provider), classification: null,
      detail: capLines(models), edgeLabel: `${purposes}${gatewayText}`, dashed: gateway === usages.length,
      fallback: `The app calls ${providerLabel(provider)}: ${models.join(", ")}${gatewayText ? ` (${gatewayText.slice(3)})` : ""}`,
    };
  });
}

const nodeHeight = (detailLines: number) => LAYOUT.baseHeight + detailLines * LAYOUT.lineHeight;
const columnHeight = (drafts: { detail: string[] }[]) =>
  drafts.reduce((sum, d) => sum + nodeHeight(d.detail.length), 0) + Math.max(0, drafts.length - 1) * LAYOUT.rowGap;

function stack(drafts: Draft[], column: 0 | 1 | 2, totalHeight: number): FlowNode[] {
  let y = LAYOUT.padding + (totalHeight - columnHeight(drafts)) / 2;
  return drafts.map(({ edgeLabel: _e, dashed: _d, fallback: _f, ...d }) => {
    const node = { ...d, x: columnX(column), y, width: LAYOUT.nodeWidth, height: nodeHeight(d.detail.length) };
    y += node.height + LAYOUT.rowGap;
    return node;
  });
}

function edge(from: FlowNode, to: FlowNode, label: string, dashed: boolean): FlowEdge {
  const [x1, y1, x2, y2] = [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2];
  const bend = LAYOUT.columnGap / 2;
  const intoApp = to.kind === "app";
  return {
    id: `${from.id}->${to.id}`, from: from.id, to: to.id, label: clip(label, 26), dashed,
    path: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
    labelX: intoApp ? x1 + 6 : x2 - 8, labelY: (intoApp ? y1 : y2) - 5, labelAnchor: intoApp ? "start" : "end",
  };
}

export function buildDataFlowGraph(app: FlowInput): FlowGraph {
  const left = dataDrafts(app);
  const right = providerDrafts(app);
  const appDetail = [`${app.modelUsages.length} model usage${app.modelUsages.length === 1 ? "" : "s"}`, `${left.length} data input${left.length === 1 ? "" : "s"}`];
  const middle: Draft[] = [{ id: `app:${app.id}`, kind: "app", label: clip(app.name), detail: appDetail, classification: null, edgeLabel: "", dashed: false, fallback: "" }];
  const innerHeight = Math.max(columnHeight(left), columnHeight(middle), columnHeight(right));
  const [leftNodes, [appNode], rightNodes] = [stack(left, 0, innerHeight), stack(middle, 1, innerHeight), stack(right, 2, innerHeight)];
  const edges = [
    ...leftNodes.map((n, i) => edge(n, appNode!, left[i]!.edgeLabel, left[i]!.dashed)),
    ...rightNodes.map((n, i) => edge(appNode!, n, right[i]!.edgeLabel, right[i]!.dashed)),
  ];
  const providers = right.map((r) => r.label).join(", ");
  const summary =
    `Data flow of ${app.name}: ${left.length} data input${left.length === 1 ? "" : "s"} flow into the app, ` +
    (right.length ? `which calls ${right.length} model provider${right.length === 1 ? "" : "s"} (${providers}).` : "which calls no model provider yet.");
  return {
    nodes: [...leftNodes, appNode!, ...rightNodes],
    edges,
    width: columnX(2) + LAYOUT.nodeWidth + LAYOUT.padding,
    height: innerHeight + 2 * LAYOUT.padding,
    summary,
    lines: [...left, ...right].map((d) => d.fallback),
  };
}
