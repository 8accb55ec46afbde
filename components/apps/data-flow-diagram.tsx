"use client";

import { useId, useMemo } from "react";
import { CLASSIFICATION_LABELS, CLASSIFICATIONS } from "@/lib/apps/constants";
import { buildDataFlowGraph, LAYOUT, type FlowNode } from "@/lib/apps/data-flow-graph";
import type { TAppDetail } from "@/lib/apps/schemas";
import { APP_SWATCH, CLASSIFICATION_SWATCHES, PROVIDER_SWATCH, swatchFor, type Swatch } from "./flow-colors";

const nodeSwatch = (n: FlowNode): Swatch => (n.kind === "app" ? APP_SWATCH : n.kind === "provider" ? PROVIDER_SWATCH : swatchFor(n.classification));

function Node({ node }: { node: FlowNode }) {
  const s = nodeSwatch(node);
  const kindLabel = { dataset: "Dataset", "data-store": "Data store", app: "App", provider: "Model provider" }[node.kind];
  return (
    <g data-kind={node.kind}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} fill={s.fill} stroke={s.stroke} strokeWidth={node.kind === "app" ? 0 : 1.5} />
      <text x={node.x + 12} y={node.y + 20} fill={s.text} fontSize={13} fontWeight={600}>
        <title>{`${kindLabel}: ${node.label}`}</title>
        {node.label}
      </text>
      {node.detail.map((line, i) => (
        <text key={i} x={node.x + 12} y={node.y + 20 + (i + 1) * LAYOUT.lineHeight} fill={s.text} fontSize={11} opacity={0.85}>{line}</text>
      ))}
    </g>
  );
}

function Legend() {
  const items = [...CLASSIFICATIONS.map((c) => ({ key: c, label: CLASSIFICATION_LABELS[c], s: CLASSIFICATION_SWATCHES[c] })), { key: "UNKNOWN", label: "Unclassified", s: CLASSIFICATION_SWATCHES.UNKNOWN }];
  return (
    <ul aria-label="Legend" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600">
      {items.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm border" style={{ background: i.s.fill, borderColor: i.s.stroke }} />
          {i.label} data
        </li>
      ))}
      <li className="flex items-center gap-1.5"><span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: APP_SWATCH.fill }} />App</li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-3 rounded-sm border" style={{ background: PROVIDER_SWATCH.fill, borderColor: PROVIDER_SWATCH.stroke }} />Model provider
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden width="24" height="6"><line x1="0" y1="3" x2="24" y2="3" stroke="#64748b" strokeWidth="1.5" strokeDasharray="4 3" /></svg>
        All calls via a gateway
      </li>
    </ul>
  );
}

/** Data sources and stores (coloured by classification) → the app → model providers, as an SVG graph. */
export function DataFlowDiagram({ app }: { app: Pick<TAppDetail, "id" | "name" | "datasets" | "dataStores" | "modelUsages"> }) {
  const graph = useMemo(() => buildDataFlowGraph(app), [app]);
  const arrowId = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <figure>
      <div className="overflow-x-auto">
        <svg role="img" aria-label={graph.summary} viewBox={`0 0 ${graph.width} ${graph.height}`} width={graph.width} height={graph.height} className="max-w-none font-sans">
          <defs>
            <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
            </marker>
          </defs>
          {graph.edges.map((e) => (
            <g key={e.id}>
              <path d={e.path} fill="none" stroke="#64748b" strokeWidth={1.5} strokeDasharray={e.dashed ? "5 4" : undefined} markerEnd={`url(#${arrowId})`} />
              {e.label ? (
                <text x={e.labelX} y={e.labelY} textAnchor={e.labelAnchor} fontSize={10} fill="#475569" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">{e.label}</text>
              ) : null}
            </g>
          ))}
          {graph.nodes.map((n) => <Node key={n.id} node={n} />)}
        </svg>
      </div>
      <Legend />
      <details className="mt-3 text-sm text-slate-600">
        <summary className="cursor-pointer text-brand-700 hover:underline">Data flow as a list</summary>
        <p className="mt-2">{graph.summary}</p>
        {graph.lines.length ? (
          <ul aria-label="Data flow" className="mt-2 list-disc space-y-1 pl-5">{graph.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        ) : <p className="mt-2">No data inputs or model usages are recorded yet.</p>}
      </details>
    </figure>
  );
}
