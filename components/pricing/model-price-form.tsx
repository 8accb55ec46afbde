"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useModelPriceMutations } from "@/lib/pricing/hooks";
import type { TModelPriceDto } from "@/lib/pricing/schemas";

export type PriceDraft = Pick<TModelPriceDto, "provider" | "model" | "inputPerMTokUsd" | "outputPerMTokUsd" | "effectiveFrom" | "note">;

const today = () => new Date().toISOString().slice(0, 10);

/** Creates an org price (prefilled from a built-in row when overriding it) or edits an org row (`editId`). */
export function ModelPriceForm({ initial, editId, onDone }: { initial: PriceDraft; editId: string | null; onDone: () => void }) {
  const { create, update } = useModelPriceMutations();
  const mutation = editId ? update : create;
  const [localError, setLocalError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Number(form.get("input"));
    const output = Number(form.get("output"));
    if (!Number.isFinite(input) || !Number.isFinite(output) || input < 0 || output < 0) {
      setLocalError("Prices are numbers of US dollars per million tokens, 0 or more.");
      return;
    }
    setLocalError(null);
    const body = {
      provider: String(form.get("provider")), model: String(form.get("model")), inputPerMTokUsd: input, outputPerMTokUsd: output,
      effectiveFrom: String(form.get("effectiveFrom")), note: String(form.get("note") ?? ""),
    };
    const ok = editId ? await update.mutateAsync({ id: editId, ...body }).catch(() => null) : await create.mutateAsync(body).catch(() => null);
    if (ok) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" aria-label={editId ? "Edit price" : "Override price"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Provider" name="provider" required maxLength={60} defaultValue={initial.provider} hint="gen_ai.provider.name, e.g. openai, aws.bedrock" />
        <TextField label="Model" name="model" required maxLength={200} defaultValue={initial.model} hint="Dated and versioned ids of this model use this price too" />
        <TextField label="Input (USD per million tokens)" name="input" type="number" min={0} step="0.000001" required defaultValue={initial.inputPerMTokUsd} />
        <TextField label="Output (USD per million tokens)" name="output" type="number" min={0} step="0.000001" required defaultValue={initial.outputPerMTokUsd} />
        <TextField label="Effective from" name="effectiveFrom" type="date" required defaultValue={editId ? initial.effectiveFrom : today()} hint="Calls on or after this day (UTC) use this price" />
        <TextField label="Note" name="note" maxLength={300} defaultValue={editId ? initial.note : ""} placeholder="e.g. negotiated enterprise rate" />
      </div>
      {localError ? <ErrorNotice>{localError}</ErrorNotice> : null}
      {mutation.error ? <ErrorNotice>{errorMessage(mutation.error)}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : editId ? "Save price" : "Save override"}</Button>
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
