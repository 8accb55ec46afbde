// Italian codice fiscale check character (D.M. 23/12/1976), accepting "omocodia" letter substitutions.

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const SHAPE = /^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/;

/** Value of a character: digits 0-9 share positions with letters A-J. */
const ordinal = (c: string) => (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

export function itFiscalCodeValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!SHAPE.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const n = ordinal(v[i] ?? "0");
    sum += i % 2 === 0 ? (ODD[n] ?? 0) : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}
