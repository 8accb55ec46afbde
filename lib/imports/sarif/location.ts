// Primary location of a SARIF result: artifact URI (direct or via run.artifacts[index]), region start, snippet,
// and the logical location (e.g. a .NET member) when there is no file.
import { asArr, asIndex, asObj, asPositiveInt, asStr, at, type Obj } from "../json";
import { clip, oneLine } from "../text";
import { type CodeLocation, IMPORT_LIMITS } from "../types";

export type ResultLocation = { location?: CodeLocation; snippet?: string };

export function primaryLocation(run: Obj, result: Obj): ResultLocation {
  const loc = asObj(asArr(result.locations)[0]);
  if (!loc) return {};
  const physical = asObj(loc.physicalLocation);
  const artifact = asObj(physical?.artifactLocation);
  const artifactIndex = asIndex(artifact?.index);
  const uri =
    asStr(artifact?.uri) ??
    (artifactIndex !== undefined ? asStr(at(asArr(run.artifacts)[artifactIndex], "location", "uri")) : undefined);
  const region = asObj(physical?.region);
  const logical = logicalName(run, asObj(asArr(loc.logicalLocations)[0]));
  if (!uri && !logical) return {};
  const location: CodeLocation = { uri: uri ? clip(uri, IMPORT_LIMITS.uri) : "" };
  const startLine = asPositiveInt(region?.startLine);
  const startColumn = asPositiveInt(region?.startColumn);
  if (startLine) location.startLine = startLine;
  if (startLine && startColumn) location.startColumn = startColumn;
  if (logical) location.logical = logical;
  const snippetText = asStr(at(region, "snippet", "text"));
  const snippet = snippetText ? oneLine(snippetText, 2000) : undefined;
  return { location, snippet: snippet || undefined };
}

function logicalName(run: Obj, ref: Obj | undefined): string | undefined {
  if (!ref) return undefined;
  const index = asIndex(ref.index);
  const shared = index !== undefined ? asObj(asArr(run.logicalLocations)[index]) : undefined;
  const name = asStr(ref.fullyQualifiedName) ?? asStr(ref.name) ?? asStr(shared?.fullyQualifiedName) ?? asStr(shared?.name);
  return name ? clip(name, IMPORT_LIMITS.uri) : undefined;
}
