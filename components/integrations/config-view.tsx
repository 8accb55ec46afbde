import { configFieldsFor } from "@/lib/integrations/form-fields";
import { kindOfProvider, type IntegrationProvider } from "@/lib/integrations/providers";

const show = (v: unknown): string => {
  if (v === undefined || v === null || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.map(String).join(", ") : "—";
  if (typeof v === "object") return Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join(", ") || "—";
  return String(v);
};

/** The non-secret settings, labelled like the form that set them. */
export function ConfigView({ provider, config }: { provider: string; config: Record<string, unknown> }) {
  const fields = kindOfProvider(provider) ? configFieldsFor(provider as IntegrationProvider) : Object.keys(config).map((key) => ({ key, label: key }));
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {fields.map((f) => (
        <div key={f.key}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{f.label}</dt>
          <dd className="mt-0.5 break-all text-slate-800">{show(config[f.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
