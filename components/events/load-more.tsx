"use client";

import { Button } from "@/components/ui/button";

export function LoadMore({ shown, noun, hasMore, loading, onMore }: { shown: number; noun: string; hasMore: boolean; loading: boolean; onMore: () => void }) {
  return (
    <div className="mt-4 flex items-center justify-between text-sm text-slate-500">
      <span aria-live="polite">{shown} {noun} shown</span>
      {hasMore ? (
        <Button variant="secondary" disabled={loading} onClick={onMore}>{loading ? "Loading…" : "Load more"}</Button>
      ) : <span>No more {noun} in this window</span>}
    </div>
  );
}
