// Where a finding's occurrence record lives in the console (pure).
export const RECORD_LABELS: Record<string, string> = {
  llm_event: "LLM call", cloud_event: "Cloud audit event", dataset_sample: "Dataset sample", import: "Import", integration_secret: "Integration secret",
};

export function recordHref(recordType: string, recordId: string, datasetId: string | null): string | null {
  switch (recordType) {
    case "llm_event":
      return `/ingestion/events/llm/${recordId}`;
    case "cloud_event":
      return `/ingestion/events/cloud/${recordId}`;
    case "dataset_sample":
      return datasetId ? `/catalog/datasets/${datasetId}` : null;
    case "import":
      return `/findings/imports#${recordId}`;
    default:
      return null;
  }
}
