const LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI/NIF: up to 8 digits and the letter LETTERS[n mod 23] (separators removed, case-insensitive). */
export function esNifValid(value: string): boolean {
  const v = value.toUpperCase().replace(/[\s-]/g, "");
  const m = /^(\d{1,8})([A-Z])$/.exec(v);
  if (!m) return false;
  return LETTERS[Number(m[1]) % 23] === m[2];
}

/** Spanish NIE: X/Y/Z (0/1/2) + 7 digits + the same control letter as a DNI. */
export function esNieValid(value: string): boolean {
  const v = value.toUpperCase().replace(/[\s-]/g, "");
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  if (!m || !m[1]) return false;
  return LETTERS[Number(`${"XYZ".indexOf(m[1])}${m[2]}`) % 23] === m[3];
}
