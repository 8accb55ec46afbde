import { Badge } from "@/components/ui/feedback";
import type { TIngestFileDto } from "@/lib/ingest/schemas";

type IngestStatus = TIngestFileDto["status"];

export const FILE_STATUS_TEXT: Record<IngestStatus, { label: string; tone: "slate" | "brand" | "green" | "red" }> = {
  STORED: { label: "Queued", tone: "slate" },
  PROCESSING: { label: "Processing", tone: "brand" },
  DONE: { label: "Done", tone: "green" },
  FAILED: { label: "Failed", tone: "red" },
};

export function FileStatusBadge({ status }: { status: IngestStatus }) {
  const { label, tone } = FILE_STATUS_TEXT[status];
  return <Badge tone={tone}>{label}</Badge>;
}
