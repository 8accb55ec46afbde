"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useCustomRuleMutations, useCustomRules } from "@/lib/dlp/hooks";
import type { TCreateCustomRuleRequest, TCustomRuleDto } from "@/lib/dlp/policy-schemas";
import { RuleForm } from "./rule-form";
import { RulesTable } from "./rules-table";

type Editing = { mode: "create" } | { mode: "edit"; rule: TCustomRuleDto } | null;

export function RulesPanel({ canConfigure }: { canConfigure: boolean }) {
  const rules = useCustomRules();
  const { create, update } = useCustomRuleMutations();
  const [editing, setEditing] = useState<Editing>(null);
  const saving = editing?.mode === "edit" ? update : create;

  const close = () => { create.reset(); update.reset(); setEditing(null); };

  function onSubmit(body: TCreateCustomRuleRequest) {
    if (editing?.mode === "edit") {
      const { ruleId: _ruleId, ...changes } = body;
      update.mutate({ id: editing.rule.id, changes }, { onSuccess: close });
    } else {
      create.mutate(body, { onSuccess: close });
    }
  }

  return (
    <div className="space-y-6">
      {canConfigure && editing ? (
        <Card
          title={editing.mode === "edit" ? `Edit rule ${editing.rule.ruleId}` : "Add a custom rule"}
          description="A regular expression, optional keywords that must appear nearby, and an optional checksum. Test it on pasted text before saving."
        >
          <RuleForm
            key={editing.mode === "edit" ? editing.rule.id : "new"} initial={editing.mode === "edit" ? editing.rule : undefined}
            pending={saving.isPending} error={saving.error} onSubmit={onSubmit} onCancel={close}
          />
        </Card>
      ) : null}
      <Card
        title="Custom rules"
        description={`Your organization's own patterns, reported by the custom detector.${canConfigure ? "" : " Read-only: an admin can change them."}`}
        actions={canConfigure && !editing ? <Button onClick={() => setEditing({ mode: "create" })}>Add rule</Button> : null}
      >
        {rules.isPending ? <Skeleton rows={4} /> : rules.error ? (
          <ErrorNotice>Could not load custom rules: {errorMessage(rules.error)}</ErrorNotice>
        ) : rules.data.length === 0 ? (
          <EmptyState title="No custom rules yet">
            Add patterns for identifiers only your organization uses, such as employee or contract numbers{canConfigure ? "" : "; an admin can add them"}.
          </EmptyState>
        ) : (
          <RulesTable rules={rules.data} canConfigure={canConfigure} onEdit={(rule) => setEditing({ mode: "edit", rule })} />
        )}
      </Card>
    </div>
  );
}
