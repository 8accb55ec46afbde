import { SelectField } from "@/components/ui/field";
import { SOURCE_TYPES, type SourceType } from "@/lib/ingest/types";

export type SourceChoice = SourceType | "auto";

/** Readable names of the log sources the parsers understand (the API and CLI use the codes). */
export const SOURCE_LABELS: Record<SourceType, string> = {
  openai: "OpenAI API requests and responses",
  "openai-audit": "OpenAI organization audit log",
  "openai-usage": "OpenAI usage and costs",
  anthropic: "Anthropic Messages API",
  "anthropic-usage": "Anthropic usage and cost reports",
  "anthropic-activity": "Anthropic organization activity",
  "aws-bedrock-invocation": "AWS Bedrock model-invocation logs",
  "aws-cloudtrail": "AWS CloudTrail",
  "gcp-audit": "Google Cloud Audit Logs (incl. Vertex AI)",
  "azure-activity": "Azure Monitor Activity Log",
  "azure-entra": "Microsoft Entra ID sign-in and audit logs",
  "azure-openai": "Azure OpenAI diagnostic logs",
  "github-audit": "GitHub organization audit log",
  otlp: "OpenTelemetry traces (OTLP/JSON)",
  gateway: "AI gateway calls",
};

export const sourceLabel = (source: string | null) =>
  source === null ? "—" : source === "auto" ? "Auto-detect" : ((SOURCE_LABELS as Record<string, string>)[source] ?? source);

const isSourceChoice = (v: string): v is SourceChoice => v === "auto" || (SOURCE_TYPES as readonly string[]).includes(v);

export function SourceSelect({ value, onChange, disabled }: { value: SourceChoice; onChange: (v: SourceChoice) => void; disabled?: boolean }) {
  return (
    <SelectField
      label="Source"
      hint="Auto-detect recognises each record on its own; naming the source rejects records that do not belong to it."
      value={value}
      disabled={disabled}
      onChange={(e) => { if (isSourceChoice(e.target.value)) onChange(e.target.value); }}
      className="max-w-md"
    >
      <option value="auto">Auto-detect</option>
      {SOURCE_TYPES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
    </SelectField>
  );
}
