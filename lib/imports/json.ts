// Defensive readers over untrusted JSON: uploaded files may have any shape, and parsing must never throw.

export type Obj = Record<string, unknown>;

export const asObj = (v: unknown): Obj | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined);

export const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const asObjs = (v: unknown): Obj[] => asArr(v).filter((x): x is Obj => asObj(x) !== undefined);

export const asStr = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

export const asNum = (v: unknown): number | undefined => {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
};

export const asIndex = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined);

/** A positive integer (SARIF lines and columns are 1-based). */
export const asPositiveInt = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 2_147_483_647 ? v : undefined);

export const asStrs = (v: unknown): string[] => asArr(v).flatMap((x) => asStr(x) ?? []);

/** Reads obj[a][b]…: undefined as soon as a step is not an object. */
export function at(v: unknown, ...path: string[]): unknown {
  let cur: unknown = v;
  for (const key of path) {
    const o = asObj(cur);
    if (!o || !Object.hasOwn(o, key)) return undefined;
    cur = o[key];
  }
  return cur;
}
