"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { PRESET_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/events/time-range";
import { fromLocalInput, toLocalInput } from "./format";

const noSubscription = () => () => {};

export type RangeValue = { range: RangePreset | "custom"; from: string; to: string };

/** Time-range presets, and a custom window applied with its own button. */
export function RangeField({ value, onChange }: { value: RangeValue; onChange: (v: RangeValue) => void }) {
  const [custom, setCustom] = useState(value.range === "custom");
  const [error, setError] = useState<string | null>(null);
  // The inputs show local time, which the server cannot know: render them in the browser only.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);

  function onPreset(next: string) {
    if (next === "custom") return setCustom(true);
    setCustom(false);
    onChange({ range: next as RangePreset, from: "", to: "" });
  }

  function onApply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const from = fromLocalInput(String(f.get("from") ?? ""));
    const to = fromLocalInput(String(f.get("to") ?? ""));
    if (!from || !to || from >= to) return setError("Pick a start before the end.");
    setError(null);
    onChange({ range: "custom", from, to });
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField label="Time range" value={custom ? "custom" : value.range} onChange={(e) => onPreset(e.target.value)}>
        {RANGE_PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABELS[p]}</option>)}
        <option value="custom">Custom…</option>
      </SelectField>
      {custom && inBrowser ? (
        <form onSubmit={onApply} aria-label="Custom time range" className="flex flex-wrap items-end gap-2">
          <TextField label="From" name="from" type="datetime-local" defaultValue={toLocalInput(value.from)} required />
          <TextField label="To" name="to" type="datetime-local" defaultValue={toLocalInput(value.to)} required />
          <Button type="submit" variant="secondary">Apply range</Button>
          {error ? <ErrorNotice>{error}</ErrorNotice> : null}
        </form>
      ) : null}
    </div>
  );
}
