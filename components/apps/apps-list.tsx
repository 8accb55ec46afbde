"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useAppOptions, useApps } from "@/lib/apps/hooks";
import { APP_PAGE_SIZE, EMPTY_LIST_STATE, listStateToParams, listStateToQuery, pageCount, toggleSort, type AppListState } from "@/lib/apps/list-url";
import { AppsFilters } from "./apps-filters";
import { AppsTable } from "./apps-table";
import { ButtonLink } from "./button-link";

export function AppsList({ initialState, canManage }: { initialState: AppListState; canManage: boolean }) {
  const [state, setState] = useState(initialState);
  const apps = useApps(listStateToQuery(state));
  const options = useAppOptions();
  const filtered = Boolean(state.q || state.owner || state.lifecycle || state.provider || state.exposure);

  // Keep the address bar in step, so a filtered view can be bookmarked or shared (no server round trip).
  useEffect(() => {
    const query = listStateToParams(state).toString();
    window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
  }, [state]);

  const change = (patch: Partial<AppListState>) => setState((s) => ({ ...s, ...patch, page: patch.page ?? 1 }));
  const data = apps.data;

  return (
    <Card>
      <AppsFilters state={state} members={options.data?.members ?? []} onChange={change} />
      {apps.isPending ? <Skeleton rows={6} /> : apps.error ? (
        <ErrorNotice>Could not load apps: {errorMessage(apps.error)}</ErrorNotice>
      ) : data && data.total === 0 && !filtered ? (
        <EmptyState
          title="No apps registered yet"
          action={canManage ? <ButtonLink href="/apps/new">Register an app</ButtonLink> : null}
        >
          Register the LLM applications of your organization: who owns them, which models they call and which data flows through them.
        </EmptyState>
      ) : data && data.apps.length === 0 ? (
        <EmptyState title="No apps match these filters" action={<Button variant="secondary" onClick={() => setState(EMPTY_LIST_STATE)}>Clear filters</Button>}>
          Try another search or fewer filters.
        </EmptyState>
      ) : data ? (
        <>
          <AppsTable apps={data.apps} state={state} onSort={(sort) => setState((s) => toggleSort(s, sort))} />
          <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-500">
            <span>
              Showing {(state.page - 1) * APP_PAGE_SIZE + 1}–{(state.page - 1) * APP_PAGE_SIZE + data.apps.length} of {data.total} app{data.total === 1 ? "" : "s"}
            </span>
            <div className="flex items-center gap-2">
              <Button variant="secondary" disabled={state.page <= 1 || apps.isFetching} onClick={() => change({ page: state.page - 1 })}>Previous</Button>
              <span>Page {state.page} of {pageCount(data.total)}</span>
              <Button variant="secondary" disabled={state.page >= pageCount(data.total) || apps.isFetching} onClick={() => change({ page: state.page + 1 })}>Next</Button>
            </div>
          </nav>
        </>
      ) : null}
    </Card>
  );
}
