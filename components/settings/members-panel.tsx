"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { ROLE_LABELS, ROLES, type RoleName } from "@/lib/auth/scopes";
import { useMemberMutations, useMembers } from "@/lib/members/hooks";
import { SecretReveal } from "./secret-reveal";

export function MembersPanel({ canManage, currentUserId }: { canManage: boolean; currentUserId: string }) {
  const members = useMembers();
  const { add, changeRole, remove } = useMemberMutations();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const name = String(form.get("name") ?? "").trim();
    const result = await add.mutateAsync({ email: String(form.get("email")), role: form.get("role") as RoleName, ...(name ? { name } : {}) }).catch(() => null);
    if (!result) return;
    formEl.reset();
    setCreated(result.temporaryPassword ? { email: result.member.email, password: result.temporaryPassword } : null);
  }

  const run = (p: Promise<unknown>) => {
    setActionError(null);
    p.catch((e: unknown) => setActionError(errorMessage(e)));
  };

  return (
    <div className="space-y-6">
      {canManage ? (
        <Card title="Add a member" description="Adds an existing user, or creates the account with a one-time temporary password.">
          <form onSubmit={(e) => void onAdd(e)} className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end">
            <TextField label="Email" name="email" type="email" required maxLength={254} />
            <TextField label="Name (optional)" name="name" maxLength={120} />
            <SelectField label="Role" name="role" defaultValue="ANALYST">
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </SelectField>
            <Button type="submit" disabled={add.isPending}>{add.isPending ? "Adding…" : "Add member"}</Button>
          </form>
          {add.error ? <div className="mt-3"><ErrorNotice>{errorMessage(add.error)}</ErrorNotice></div> : null}
          {created ? (
            <div className="mt-4">
              <SecretReveal label={`Temporary password for ${created.email}`} value={created.password} onDismiss={() => setCreated(null)}>
                Share it with them over a safe channel. It is shown only once.
              </SecretReveal>
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card title="Members" description="People in this organization and their roles.">
        {actionError ? <div className="mb-3"><ErrorNotice>{actionError}</ErrorNotice></div> : null}
        {members.isPending ? <Skeleton /> : members.error ? (
          <ErrorNotice>Could not load members: {errorMessage(members.error)}</ErrorNotice>
        ) : members.data.length === 0 ? (
          <EmptyState title="No members yet" />
        ) : (
          <Table label="Members">
            <thead><tr><Th>Member</Th><Th>Role</Th><Th>Sign-in</Th><Th>Added</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {members.data.map((m) => (
                <tr key={m.id}>
                  <Td><div className="font-medium text-slate-900">{m.name ?? m.email}</div>{m.name ? <div className="text-xs text-slate-500">{m.email}</div> : null}</Td>
                  <Td>
                    {canManage ? (
                      <select
                        aria-label={`Role of ${m.email}`}
                        value={m.role}
                        disabled={changeRole.isPending}
                        onChange={(e) => run(changeRole.mutateAsync({ id: m.id, role: e.target.value as RoleName }))}
                        className="rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
                      >
                        {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                      </select>
                    ) : <Badge tone="brand">{ROLE_LABELS[m.role]}</Badge>}
                  </Td>
                  <Td>{m.sso ? <Badge tone="green">SSO linked</Badge> : <Badge>Password</Badge>}</Td>
                  <Td className="whitespace-nowrap text-slate-500">{new Date(m.createdAt).toLocaleDateString()}</Td>
                  {canManage ? (
                    <Td className="text-right">
                      <Button
                        variant="danger"
                        disabled={remove.isPending || m.userId === currentUserId}
                        title={m.userId === currentUserId ? "You cannot remove yourself" : undefined}
                        onClick={() => { if (window.confirm(`Remove ${m.email} from this organization?`)) run(remove.mutateAsync(m.id)); }}
                      >
                        Remove<span className="sr-only"> {m.email}</span>
                      </Button>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
