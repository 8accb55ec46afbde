import { Badge } from "@/components/ui/feedback";
import {
  DEPLOYMENT_LABELS, END_USER_AUTH_LABELS, FRAMEWORK_LABELS, FRONTEND_LABELS, labelOf,
} from "@/lib/apps/constants";
import type { TAppDetail } from "@/lib/apps/schemas";
import { CriticalityBadge, ExposureBadge, LifecycleBadge } from "./app-badges";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-400">—</span>;

export function AppOverview({ app }: { app: TAppDetail }) {
  return (
    <div className="space-y-4">
      {app.description ? <p className="text-sm text-slate-700">{app.description}</p> : null}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label="Owner">{app.owner ? <>{app.owner.name ?? app.owner.email}{app.owner.name ? <div className="text-xs text-slate-500">{app.owner.email}</div> : null}</> : none}</Fact>
        <Fact label="Business unit">{app.businessUnit || none}</Fact>
        <Fact label="Lifecycle"><LifecycleBadge value={app.lifecycle} /></Fact>
        <Fact label="Criticality"><CriticalityBadge value={app.criticality} /></Fact>
        <Fact label="Exposure"><ExposureBadge value={app.exposure} /></Fact>
        <Fact label="End-user authentication">{END_USER_AUTH_LABELS[app.endUserAuth]}</Fact>
        <Fact label="Deployment">{DEPLOYMENT_LABELS[app.deployment]}</Fact>
        <Fact label="Framework / frontend">{labelOf(FRAMEWORK_LABELS, app.framework)} · {labelOf(FRONTEND_LABELS, app.frontend)}</Fact>
        <Fact label="Environments">
          {app.environments.length ? <div className="flex flex-wrap gap-1">{app.environments.map((e) => <Badge key={e}>{e}</Badge>)}</div> : none}
        </Fact>
        <Fact label="Tags">
          {app.tags.length ? <div className="flex flex-wrap gap-1">{app.tags.map((t) => <Badge key={t} tone="brand">{t}</Badge>)}</div> : none}
        </Fact>
        <Fact label="Registered">{new Date(app.createdAt).toLocaleDateString()}</Fact>
        <Fact label="Last updated">{new Date(app.updatedAt).toLocaleString()}</Fact>
      </dl>
    </div>
  );
}
