"use client";

import { useId, useMemo, useState } from "react";
import { Badge, ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import type { CustomValidator } from "@/lib/dlp/custom/validators";
import { useRuleTest } from "@/lib/dlp/hooks";
import { HighlightedText } from "./highlighted-text";
import { TextAreaField } from "./text-area-field";
import { useDebouncedValue } from "./use-debounced-value";

const MAX_TEST_CHARS = 20_000;
const DEBOUNCE_MS = 300;

type RuleDraft = { pattern: string; caseInsensitive: boolean; keywords: string[]; validator: CustomValidator };

/** Paste text, see whether the pattern would be accepted and every match highlighted, as you type. */
export function RuleTestBox({ draft }: { draft: RuleDraft }) {
  const [text, setText] = useState("");
  const headingId = useId();
  const { pattern, caseInsensitive, keywords, validator } = draft;
  const keywordKey = keywords.join("\n");
  const input = useMemo(
    () => (pattern ? { pattern, caseInsensitive, keywords: keywordKey ? keywordKey.split("\n") : [], validator, text } : null),
    [pattern, caseInsensitive, keywordKey, validator, text],
  );
  const settled = useDebouncedValue(input, DEBOUNCE_MS);
  const test = useRuleTest(settled);
  const outcome = test.data;
  const count = outcome?.result.matches.length ?? 0;

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg bg-slate-50/60 p-4 ring-1 ring-inset ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">Live test</h3>
        <span className="text-xs text-slate-500">{test.isFetching ? "Testing…" : ""}</span>
      </div>
      <TextAreaField
        label="Test text" mono rows={5} maxLength={MAX_TEST_CHARS} value={text} onChange={(e) => setText(e.target.value)}
        placeholder="Paste text that should (and should not) match" hint={`Up to ${MAX_TEST_CHARS.toLocaleString()} characters; nothing you paste is stored.`}
      />
      {!pattern ? (
        <p className="text-sm text-slate-500">Write a pattern to test it.</p>
      ) : test.error ? (
        <ErrorNotice>Could not test the pattern: {errorMessage(test.error)}</ErrorNotice>
      ) : outcome ? (
        <div className="space-y-2" aria-live="polite">
          <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="rule-test-verdict">
            {outcome.result.valid ? <Badge tone="green">Accepted</Badge> : <Badge tone="red">Refused</Badge>}
            {outcome.result.reason ? <span className="text-red-700">{outcome.result.reason}</span> : null}
          </div>
          <p className="text-sm text-slate-700" data-testid="rule-test-count">
            {count === 1 ? "1 match" : `${count} matches`}{outcome.result.truncated ? " (first 200 shown)" : ""}
          </p>
          {outcome.text ? <HighlightedText text={outcome.text} spans={outcome.result.matches} label="Test text with matches highlighted" describe={(ix) => ix.map((i) => outcome.result.matches[i]?.preview).join(", ")} /> : null}
        </div>
      ) : null}
    </section>
  );
}
