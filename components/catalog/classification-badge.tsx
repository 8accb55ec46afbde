import { Badge } from "@/components/ui/feedback";
import { CLASSIFICATION_LABELS, DATA_CATEGORY_LABELS, isPiiCategory, type TClassification, type TDataCategory, type TExposure } from "@/lib/catalog/constants";

const CLASSIFICATION_TONE = { PUBLIC: "green", INTERNAL: "brand", CONFIDENTIAL: "amber", RESTRICTED: "red" } as const;
const EXPOSURE_TONE = { INTERNAL: "slate", PARTNER: "amber", PUBLIC: "red" } as const;
const EXPOSURE_LABEL: Record<TExposure, string> = { INTERNAL: "Internal app", PARTNER: "Partner-facing", PUBLIC: "Public app" };

export function ClassificationBadge({ value }: { value: TClassification }) {
  return <Badge tone={CLASSIFICATION_TONE[value]}>{CLASSIFICATION_LABELS[value]}</Badge>;
}

export function ExposureBadge({ value }: { value: TExposure }) {
  return <Badge tone={EXPOSURE_TONE[value]}>{EXPOSURE_LABEL[value]}</Badge>;
}

/** Data categories as chips; PII types are marked so they stand out from the rest. */
export function CategoryChips({ categories, max, className = "max-w-xs" }: { categories: TDataCategory[]; max?: number; className?: string }) {
  if (categories.length === 0) return <span className="text-xs text-slate-400">None recorded</span>;
  const shown = max === undefined ? categories : categories.slice(0, max);
  const hidden = categories.length - shown.length;
  return (
    <div className={`flex flex-wrap gap-1 ${className}`}>
      {shown.map((c) => (
        <span key={c} title={DATA_CATEGORY_LABELS[c]}>
          <Badge tone={isPiiCategory(c) ? "amber" : "slate"}>{c}</Badge>
        </span>
      ))}
      {hidden > 0 ? <span title={categories.slice(shown.length).join(", ")}><Badge>+{hidden} more</Badge></span> : null}
    </div>
  );
}
