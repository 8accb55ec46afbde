import type { TIngestFileDto } from "@/lib/ingest/schemas";
import { sourceLabel } from "./upload-sources";

export const VIA_LABELS: Record<TIngestFileDto["via"], string> = { UPLOAD: "Upload", API: "API", CLI: "CLI", PULL: "Pull" };

export const formatWhen = (iso: string | null, empty = "—") => (iso ? new Date(iso).toLocaleString() : empty);

/** "AWS CloudTrail", or "Auto-detect → AWS CloudTrail" once detection named the source. */
export function FileSource({ file }: { file: Pick<TIngestFileDto, "source" | "detectedSource"> }) {
  const detected = file.detectedSource && file.detectedSource !== file.source ? file.detectedSource : null;
  return (
    <span>
      {sourceLabel(file.source)}
      {detected ? <><span aria-hidden="true"> → </span><span className="sr-only">, detected as </span>{sourceLabel(detected)}</> : null}
    </span>
  );
}
