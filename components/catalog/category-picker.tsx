"use client";

import { DATA_CATEGORIES, DATA_CATEGORY_LABELS, PII_CATEGORIES, type TDataCategory } from "@/lib/catalog/constants";

const OTHER_CATEGORIES = DATA_CATEGORIES.filter((c) => !(PII_CATEGORIES as readonly string[]).includes(c));
const GROUPS = [
  { title: "Personal data (PII)", items: PII_CATEGORIES as readonly TDataCategory[] },
  { title: "Other sensitive content", items: OTHER_CATEGORIES },
];

/** Checkboxes named "categories", so the surrounding form reads them with FormData.getAll. */
export function CategoryPicker({ defaultValue = [] }: { defaultValue?: TDataCategory[] }) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700">Data categories</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {GROUPS.map((g) => (
          <div key={g.title}>
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{g.title}</p>
            <div className="grid gap-1">
              {g.items.map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox" name="categories" value={c} defaultChecked={defaultValue.includes(c)}
                    className="rounded border-slate-300 text-brand-600 focus:ring-brand-500"
                  />
                  {DATA_CATEGORY_LABELS[c]} <code className="text-xs text-slate-400">{c}</code>
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
