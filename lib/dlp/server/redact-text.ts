import { anonymize } from "../operators";
import type { TRedactRequest } from "../schemas";
import { scanTextRequest } from "./scan-text";

export const redactTextRequest = ({ operator, ...scanRequest }: TRedactRequest) => {
  const { findings, durationMs } = scanTextRequest(scanRequest);
  return { text: anonymize(scanRequest.text, findings, operator), findings, durationMs };
};
