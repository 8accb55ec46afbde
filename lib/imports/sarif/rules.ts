// Rule metadata of a SARIF run: rules live in tool.driver.rules and tool.extensions[].rules (CodeQL packs),
// and classify themselves through properties.tags, properties.cwe, or relationships to taxonomies (CWE).
import { asArr, asIndex, asNum, asObj, asObjs, asStr, asStrs, at, type Obj } from "../json";
import { type TagSet } from "../text";

export type RunRules = {
  driver: Obj[];
  extensions: Obj[][];
  extensionNames: (string | undefined)[];
  byId: Map<string, Obj>;
  taxonomyNames: Map<string, string>; // taxonomy guid or "#index" → name
};

export function indexRules(run: Obj): RunRules {
  const driver = asObjs(at(run, "tool", "driver", "rules"));
  const extensionObjs = asArr(at(run, "tool", "extensions")).map((e) => asObj(e));
  const extensions = extensionObjs.map((e) => asObjs(e?.rules));
  const byId = new Map<string, Obj>();
  for (const rule of [...driver, ...extensions.flat()]) {
    const id = asStr(rule.id);
    if (id && !byId.has(id)) byId.set(id, rule);
  }
  const taxonomyNames = new Map<string, string>();
  asArr(run.taxonomies).forEach((t, i) => {
    const name = asStr(asObj(t)?.name);
    if (!name) return;
    taxonomyNames.set(`#${i}`, name);
    const guid = asStr(asObj(t)?.guid);
    if (guid) taxonomyNames.set(guid.toLowerCase(), name);
  });
  return { driver, extensions, extensionNames: extensionObjs.map((e) => asStr(e?.name)), byId, taxonomyNames };
}

/** The rule a result refers to: by result.rule (with its tool component), ruleIndex, then id (hierarchical ids fall back to their root). */
export function findRule(rules: RunRules, result: Obj): Obj | undefined {
  const ref = asObj(result.rule);
  const componentRef = asObj(ref?.toolComponent);
  let pool = rules.driver;
  if (componentRef) {
    const byIndex = asIndex(componentRef.index);
    const name = asStr(componentRef.name);
    const ext = byIndex !== undefined ? byIndex : name ? rules.extensionNames.indexOf(name) : -1;
    if (ext >= 0 && rules.extensions[ext]) pool = rules.extensions[ext];
  }
  const index = asIndex(ref?.index) ?? asIndex(result.ruleIndex);
  const id = asStr(result.ruleId) ?? asStr(ref?.id);
  if (index !== undefined) {
    const rule = pool[index];
    if (rule && (!id || asStr(rule.id) === id || !rules.byId.has(id))) return rule;
  }
  if (!id) return undefined;
  return rules.byId.get(id) ?? rules.byId.get(id.split("/")[0] ?? id);
}

/** security-severity as a number (GitHub convention: a string "8.8" in properties). */
export const securitySeverity = (holder: Obj | undefined): number | undefined => asNum(at(holder, "properties", "security-severity"));

/** Adds CWE/OWASP tags of a rule or result: properties.tags, properties.cwe, relationships / taxa to a CWE taxonomy. */
export function collectTags(rules: RunRules, holder: Obj | undefined, tags: TagSet): void {
  if (!holder) return;
  for (const tag of asStrs(at(holder, "properties", "tags"))) tags.addTag(tag);
  const cwe = at(holder, "properties", "cwe");
  for (const c of Array.isArray(cwe) ? cwe : [cwe]) if (typeof c === "string" || typeof c === "number") tags.addTag(`CWE-${String(c).replace(/^cwe-?/i, "")}`);
  const refs = [...asObjs(holder.relationships).map((r) => asObj(r.target)), ...asObjs(holder.taxa)];
  for (const ref of refs) {
    const id = asStr(ref?.id);
    if (!ref || !id) continue;
    if (/^cwe$/i.test(taxonomyName(rules, asObj(ref.toolComponent)) ?? "")) tags.addCwe(id);
    else if (/cwe/i.test(id)) tags.addTag(id);
  }
}

function taxonomyName(rules: RunRules, component: Obj | undefined): string | undefined {
  if (!component) return undefined;
  const guid = asStr(component.guid)?.toLowerCase();
  const index = asIndex(component.index);
  return asStr(component.name) ?? (guid ? rules.taxonomyNames.get(guid) : undefined) ?? (index !== undefined ? rules.taxonomyNames.get(`#${index}`) : undefined);
}
