import { Badge } from "@/components/ui/feedback";
import {
  CLASSIFICATION_LABELS, CRITICALITY_LABELS, EXPOSURE_LABELS, LIFECYCLE_LABELS, type Classification, type Criticality, type Exposure,
  type Lifecycle,
} from "@/lib/apps/constants";
import { swatchFor } from "./flow-colors";

const LIFECYCLE_TONE = { IDEA: "slate", DEVELOPMENT: "brand", PRODUCTION: "green", RETIRED: "slate" } as const;
const CRITICALITY_TONE = { LOW: "slate", MEDIUM: "brand", HIGH: "amber", CRITICAL: "red" } as const;
const EXPOSURE_TONE = { INTERNAL: "slate", PARTNER: "brand", PUBLIC: "amber" } as const;

export const LifecycleBadge = ({ value }: { value: Lifecycle }) => <Badge tone={LIFECYCLE_TONE[value]}>{LIFECYCLE_LABELS[value]}</Badge>;
export const CriticalityBadge = ({ value }: { value: Criticality }) => <Badge tone={CRITICALITY_TONE[value]}>{CRITICALITY_LABELS[value]}</Badge>;
export const ExposureBadge = ({ value }: { value: Exposure }) => <Badge tone={EXPOSURE_TONE[value]}>{EXPOSURE_LABELS[value]}</Badge>;

export function ClassificationBadge({ value }: { value: Classification | null }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${swatchFor(value).badge}`}>
      {value ? CLASSIFICATION_LABELS[value] : "Unclassified"}
    </span>
  );
}
