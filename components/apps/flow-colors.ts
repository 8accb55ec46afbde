import type { Classification } from "@/lib/apps/constants";

export type Swatch = { fill: string; stroke: string; text: string; badge: string };

/** Classification colours shared by the data-flow diagram, its legend and the badges. */
export const CLASSIFICATION_SWATCHES: Record<Classification | "UNKNOWN", Swatch> = {
  PUBLIC: { fill: "#ecfdf5", stroke: "#10b981", text: "#065f46", badge: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  INTERNAL: { fill: "#eff6ff", stroke: "#3b82f6", text: "#1e40af", badge: "bg-blue-50 text-blue-700 ring-blue-200" },
  CONFIDENTIAL: { fill: "#fffbeb", stroke: "#f59e0b", text: "#92400e", badge: "bg-amber-50 text-amber-800 ring-amber-200" },
  RESTRICTED: { fill: "#fef2f2", stroke: "#ef4444", text: "#991b1b", badge: "bg-red-50 text-red-700 ring-red-200" },
  UNKNOWN: { fill: "#f8fafc", stroke: "#94a3b8", text: "#334155", badge: "bg-slate-100 text-slate-700 ring-slate-200" },
};

export const APP_SWATCH: Swatch = { fill: "#0f172a", stroke: "#0f172a", text: "#ffffff", badge: "" };
export const PROVIDER_SWATCH: Swatch = { fill: "#eef2ff", stroke: "#4f46e5", text: "#3730a3", badge: "" };

export const swatchFor = (classification: Classification | null) => CLASSIFICATION_SWATCHES[classification ?? "UNKNOWN"];
