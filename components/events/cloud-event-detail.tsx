"use client";

import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useCloudEvent } from "@/lib/events/hooks";
import { OutcomeBadge } from "./cloud-events-table";
import { BackToEvents, Fields, Mono, RawJsonBlock } from "./detail-parts";
import { formatTime } from "./format";

export function CloudEventDetail({ id }: { id: string }) {
  const query = useCloudEvent(id);
  if (query.isPending) return <Skeleton rows={8} />;
  if (query.error) {
    return (
      <div className="space-y-4">
        <BackToEvents tab="cloud" />
        <ErrorNotice>{query.error instanceof ApiError && query.error.status === 404 ? "This audit event does not exist in your organization." : `Could not load the event: ${errorMessage(query.error)}`}</ErrorNotice>
      </div>
    );
  }
  const e = query.data;
  return (
    <div className="space-y-6">
      <BackToEvents tab="cloud" />
      <Card title={`${e.service} · ${e.action}`} description={`${e.provider} audit event at ${formatTime(e.time)}`} actions={<OutcomeBadge outcome={e.outcome} />}>
        <Fields label="Event" items={[
          ["Provider", e.provider], ["Account", e.account], ["Region", e.region], ["Service", e.service], ["Action", <Mono key="a">{e.action}</Mono>],
          ["Resource", e.resource], ["Model", e.model && <Mono>{e.model}</Mono>], ["Source", e.source],
        ]} />
      </Card>
      <Card title="Identity">
        <Fields label="Identity" items={[["Principal", e.principal], ["Source IP", e.sourceIp], ["User agent", e.userAgent]]} />
      </Card>
      <Card title="Raw record">
        <RawJsonBlock raw={e.raw} missing="The raw record was not kept for this event." />
      </Card>
    </div>
  );
}
