"use client";

import { Button } from "@/components/ui/button";

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-lg font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-1 text-sm text-slate-500">Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <Button className="mt-4" onClick={reset}>Try again</Button>
    </div>
  );
}
