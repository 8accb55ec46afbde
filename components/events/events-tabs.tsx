"use client";

import { useRef, type KeyboardEvent } from "react";
import type { EventsTab } from "@/lib/events/explorer-url";

const TABS: { id: EventsTab; label: string }[] = [{ id: "llm", label: "LLM calls" }, { id: "cloud", label: "Cloud audit" }];
export const tabPanelId = (tab: EventsTab) => `events-panel-${tab}`;
const tabId = (tab: EventsTab) => `events-tab-${tab}`;

/** ARIA tabs: arrow keys move between them, only the selected one is in the tab order. */
export function EventsTabs({ current, onSelect }: { current: EventsTab; onSelect: (tab: EventsTab) => void }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const next = TABS[(TABS.findIndex((t) => t.id === current) + 1) % TABS.length]!.id;
    onSelect(next);
    refs.current[next]?.focus();
  }
  return (
    <div role="tablist" aria-label="Event kind" className="mb-4 inline-flex rounded-md bg-slate-100 p-1">
      {TABS.map((t) => (
        <button
          key={t.id}
          ref={(el) => { refs.current[t.id] = el; }}
          id={tabId(t.id)}
          type="button"
          role="tab"
          aria-selected={current === t.id}
          aria-controls={tabPanelId(t.id)}
          tabIndex={current === t.id ? 0 : -1}
          onClick={() => onSelect(t.id)}
          onKeyDown={onKeyDown}
          className={`rounded px-4 py-1.5 text-sm font-medium ${current === t.id ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export const tabLabelledBy = tabId;
