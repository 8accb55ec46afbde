"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { TCloudEventRow } from "@/lib/events/schemas";
import { formatTime } from "./format";
import { RowLink } from "./row-link";

export const cloudEventHref = (id: string) => `/ingestion/events/cloud/${id}`;

export const OutcomeBadge = ({ outcome }: { outcome: string }) => (
  <Badge tone={outcome === "success" ? "green" : outcome === "failure" ? "red" : "slate"}>{outcome}</Badge>
);

export function CloudEventsTable({ events }: { events: readonly TCloudEventRow[] }) {
  return (
    <Table label="Cloud audit events">
      <thead>
        <tr><Th>Time</Th><Th>Provider</Th><Th>Service</Th><Th>Action</Th><Th>Principal</Th><Th>Outcome</Th><Th>Resource</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((e) => (
          <RowLink key={e.id} href={cloudEventHref(e.id)}>
            <Td className="whitespace-nowrap">
              <Link href={cloudEventHref(e.id)} className="font-medium text-brand-700 hover:underline">{formatTime(e.time)}</Link>
            </Td>
            <Td>{e.provider}{e.region ? <div className="text-xs text-slate-500">{e.region}</div> : null}</Td>
            <Td className="max-w-48 truncate text-xs" title={e.service}>{e.service}</Td>
            <Td className="font-mono text-xs">{e.action}{e.model ? <div className="text-slate-500">{e.model}</div> : null}</Td>
            <Td className="max-w-64 truncate text-xs" title={e.principal ?? ""}>{e.principal ?? "—"}</Td>
            <Td><OutcomeBadge outcome={e.outcome} /></Td>
            <Td className="max-w-64 truncate text-xs text-slate-500" title={e.resource ?? ""}>{e.resource ?? "—"}</Td>
          </RowLink>
        ))}
      </tbody>
    </Table>
  );
}
