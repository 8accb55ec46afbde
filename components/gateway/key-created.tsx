"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CreatedKey } from "./new-key-form";

/** How an SDK uses the key: the provider's own client with the gateway as its base URL. */
export function sdkSnippet({ provider, secret, baseUrl }: Pick<CreatedKey, "provider" | "secret" | "baseUrl">): string {
  const [pkg, cls] = provider === "anthropic" ? ["@anthropic-ai/sdk", "Anthropic"] : ["openai", "OpenAI"];
  return `import ${cls} from "${pkg}";\n\nconst client = new ${cls}({\n  apiKey: "${secret}",\n  baseURL: "${baseUrl}",\n});`;
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () => {
    const done = navigator.clipboard?.writeText(text);
    if (!done) return setState("failed");
    done.then(() => setState("copied"), () => setState("failed"));
  };
  return (
    <>
      <Button variant="secondary" onClick={copy}>{state === "copied" ? "Copied" : label}</Button>
      <span role="status" className={state === "failed" ? "text-xs text-amber-900" : "sr-only"}>
        {state === "copied" ? "Copied to the clipboard" : state === "failed" ? "Could not copy: select the text and copy it" : ""}
      </span>
    </>
  );
}

/** The new key's secret, shown once, with copy buttons and a snippet; the parent forgets it on Done. */
export function KeyCreated({ created, onDismiss }: { created: CreatedKey; onDismiss: () => void }) {
  const snippet = sdkSnippet(created);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="gateway-key-created" className="space-y-4 rounded-md bg-amber-50 p-4 outline-none ring-1 ring-amber-200 focus-visible:ring-2">
      <div>
        <h3 id="gateway-key-created" className="text-sm font-medium text-amber-900">Your new virtual key “{created.name}”</h3>
        <p className="mt-1 text-xs text-amber-800">Copy it now: it is shown only once and cannot be recovered. If it is lost, revoke it and create another.</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="revealed-secret" className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 ring-1 ring-amber-200">{created.secret}</code>
        <CopyButton text={created.secret} label="Copy key" />
      </div>
      <div>
        <div className="mb-1 flex items-center justify-between gap-2">
          <p className="text-xs font-medium text-amber-900">Use it with the {created.provider === "anthropic" ? "Anthropic" : "OpenAI"} SDK: only the key and the base URL change.</p>
          <CopyButton text={snippet} label="Copy snippet" />
        </div>
        <pre aria-label="SDK snippet" className="overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100"><code>{snippet}</code></pre>
      </div>
      <Button variant="ghost" onClick={onDismiss}>Done</Button>
    </section>
  );
}
