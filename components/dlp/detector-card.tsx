"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Badge, EmptyState } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { z } from "zod";
import type { ZDetectorCatalogResponse } from "@/lib/dlp/policy-schemas";
import { TagBadges } from "./tag-badges";

type CatalogDetector = z.infer<typeof ZDetectorCatalogResponse>["detectors"][number];

const FIRST_ROWS = 50;

const matchesFilter = (type: CatalogDetector["types"][number], needle: string) =>
  !needle || [type.id, type.description, ...type.owasp, ...type.atlas, ...type.nist].some((v) => v.toLowerCase().includes(needle));

/** One detector: what it finds, how many rules it runs, and an expandable, filterable table of its types. */
export function DetectorCard({ detector }: { detector: CatalogDetector }) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [showAll, setShowAll] = useState(false);
  const tableId = useId();
  const needle = filter.trim().toLowerCase();
  const matching = detector.types.filter((t) => matchesFilter(t, needle));
  const shown = showAll ? matching : matching.slice(0, FIRST_ROWS);
  const typeWord = detector.kind === "secret" ? "rules" : "types";
  const countText = `${detector.types.length} ${detector.types.length === 1 ? typeWord.slice(0, -1) : typeWord}`;

  return (
    <Card
      title={<span className="flex items-center gap-2">{detector.label} <Badge tone="brand">{detector.ruleCount} {detector.ruleCount === 1 ? "rule" : "rules"}</Badge></span>}
      description={detector.description}
      actions={
        <Button variant="secondary" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((v) => !v)}>
          {open ? "Hide" : "Show"} {countText}<span className="sr-only"> of {detector.label}</span>
        </Button>
      }
    >
      <div id={tableId} hidden={!open}>
        {open ? (
          <>
            <TextField
              label={`Filter ${detector.label.toLowerCase()} ${typeWord}`} type="search" value={filter} maxLength={120} className="mb-3 max-w-sm"
              placeholder="id, description or tag (e.g. LLM02)" onChange={(e) => { setFilter(e.target.value); setShowAll(false); }}
            />
            {matching.length === 0 ? (
              <EmptyState title="Nothing matches">Try another word or tag.</EmptyState>
            ) : (
              <>
                <Table label={`${detector.label} ${typeWord}`}>
                  <thead><tr><Th>Id</Th><Th>Description</Th><Th>Tags</Th></tr></thead>
                  <tbody className="divide-y divide-slate-100">
                    {shown.map((t) => (
                      <tr key={t.id}>
                        <Td className="whitespace-nowrap"><code className="font-mono text-xs text-slate-900">{t.id}</code></Td>
                        <Td className="min-w-[16rem]">{t.description}</Td>
                        <Td><TagBadges tags={t} /></Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
                  <span aria-live="polite">Showing {shown.length} of {matching.length}{needle ? ` matching (${detector.types.length} in all)` : ""}</span>
                  {matching.length > FIRST_ROWS ? (
                    <Button variant="ghost" onClick={() => setShowAll((v) => !v)}>{showAll ? `Show first ${FIRST_ROWS}` : `Show all ${matching.length}`}</Button>
                  ) : null}
                </div>
              </>
            )}
          </>
        ) : null}
      </div>
    </Card>
  );
}
