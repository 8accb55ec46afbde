import type { CustomValidator } from "../custom/validators";
import type { Severity } from "../policy/severity";
import type { TCustomRuleDto } from "../policy-schemas";

export const customRuleSelect = {
  id: true, ruleId: true, name: true, description: true, pattern: true, caseInsensitive: true, keywords: true,
  validator: true, score: true, severity: true, enabled: true, createdAt: true, updatedAt: true,
} as const;

type Row = Omit<TCustomRuleDto, "validator" | "severity" | "createdAt" | "updatedAt"> & { validator: string; severity: Severity; createdAt: Date; updatedAt: Date };

export const toCustomRuleDto = (row: Row): TCustomRuleDto => ({
  ...row, validator: row.validator as CustomValidator, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
});
