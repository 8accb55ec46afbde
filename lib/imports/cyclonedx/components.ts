// bom-ref → component, and tool names. Components nest (components[].components[]); walked iteratively with
// a cap so a hostile BOM cannot exhaust the stack or memory.
import { asArr, asObj, asObjs, asStr, at, type Obj } from "../json";
import { oneLine } from "../text";
import { IMPORT_LIMITS, type ComponentLocation } from "../types";

const MAX_COMPONENTS = 200_000;

export function indexComponents(bom: Obj): Map<string, ComponentLocation> {
  const byRef = new Map<string, ComponentLocation>();
  const stack: unknown[] = [at(bom, "metadata", "component"), ...asArr(bom.components), ...asArr(bom.services)];
  let visited = 0;
  while (stack.length && visited < MAX_COMPONENTS) {
    const c = asObj(stack.pop());
    visited++;
    if (!c) continue;
    const ref = asStr(c["bom-ref"]);
    if (ref && !byRef.has(ref)) byRef.set(ref, toLocation(c));
    const purl = asStr(c.purl);
    if (purl && !byRef.has(purl)) byRef.set(purl, toLocation(c));
    for (const child of [...asArr(c.components), ...asArr(c.services)]) stack.push(child);
  }
  return byRef;
}

function toLocation(c: Obj): ComponentLocation {
  const group = asStr(c.group);
  const name = asStr(c.name) ?? "unnamed";
  const loc: ComponentLocation = { component: oneLine(group && !name.startsWith(group) ? `${group}/${name}` : name, IMPORT_LIMITS.component) };
  const version = asStr(c.version);
  const purl = asStr(c.purl);
  if (version) loc.version = oneLine(version, 100);
  if (purl) loc.purl = oneLine(purl, IMPORT_LIMITS.component);
  return loc;
}

/** An affects[].ref: a local bom-ref, a BOM-Link (urn:cdx:serial/version#ref) or a bare purl. */
export function resolveRef(byRef: Map<string, ComponentLocation>, ref: string): ComponentLocation {
  const known = byRef.get(ref);
  if (known) return known;
  const fragment = ref.startsWith("urn:cdx:") && ref.includes("#") ? safeDecode(ref.slice(ref.indexOf("#") + 1)) : undefined;
  if (fragment && byRef.get(fragment)) return byRef.get(fragment)!;
  const target = fragment ?? ref;
  if (target.startsWith("pkg:")) return fromPurl(target);
  return { component: oneLine(target, IMPORT_LIMITS.component) };
}

/** pkg:type/namespace/name@version?qualifiers#subpath → name, version, purl. */
function fromPurl(purl: string): ComponentLocation {
  const core = purl.split(/[?#]/, 1)[0] ?? purl;
  const at = core.lastIndexOf("@");
  const path = at > 0 ? core.slice(0, at) : core;
  const name = safeDecode(path.slice(path.lastIndexOf("/") + 1)) || path;
  const loc: ComponentLocation = { component: oneLine(name, IMPORT_LIMITS.component), purl: oneLine(purl, IMPORT_LIMITS.component) };
  if (at > 0) loc.version = oneLine(safeDecode(core.slice(at + 1)), 100);
  return loc;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Tool names: 1.4 tools[] ({vendor, name, version}) or 1.5+ tools {components[], services[]}. */
export function toolNames(tools: unknown): { name: string; display: string }[] {
  const list = Array.isArray(tools) ? asObjs(tools) : [...asObjs(at(tools, "components")), ...asObjs(at(tools, "services"))];
  return list.flatMap((t) => {
    const name = asStr(t.name);
    if (!name) return [];
    const version = asStr(t.version);
    return [{ name: oneLine(name, IMPORT_LIMITS.tool), display: oneLine(version ? `${name} ${version}` : name, 80) }];
  });
}
