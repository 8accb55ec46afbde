import { compileCustomRule, matchCustomRule } from "../custom/rule";
import type { TTestCustomRuleRequest } from "../policy-schemas";
import { checkPatternSafety } from "./regex-safety";

const MAX_SHOWN = 200;

/** The live test box of the rule editor: the save-time verdict plus the matches in the pasted text. */
export const testCustomRule = async ({ pattern, caseInsensitive, keywords, validator, text }: TTestCustomRuleRequest) => {
  const verdict = await checkPatternSafety(pattern, caseInsensitive);
  const compiled = compileCustomRule({ ruleId: "test", pattern, caseInsensitive, keywords, validator, score: 1 });
  const matches = compiled.ok ? matchCustomRule(compiled.rule, text) : [];
  return {
    valid: verdict.ok,
    reason: verdict.ok ? null : verdict.reason,
    matches: matches.slice(0, MAX_SHOWN).map(({ start, end, preview }) => ({ start, end, preview })),
    truncated: matches.length > MAX_SHOWN,
  };
};
