// Test-only value builders for the PII oracle corpus: checksummed identifiers built from a seeded PRNG, so no
// real-looking value is committed verbatim. Every builder can also produce a near miss (bad checksum).
import { createHash } from "node:crypto";
import { auTfnValid } from "../validators/au-tfn";
import { esNieValid, esNifValid } from "../validators/es-nif";
import { itFiscalCodeValid } from "../validators/it-fiscal-code";
import { IBAN_LENGTHS, mod97 } from "../validators/mod97";
import { mulberry32 } from "@/test/helpers/seeded-random";
import { sgNricValid } from "../validators/sg-nric";

export type Rand = () => number;

/** mulberry32: small deterministic PRNG. */
export const seeded: (seed: number) => Rand = mulberry32;

export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
export const chars = (r: Rand, n: number, alphabet: string) => Array.from({ length: n }, () => alphabet.charAt(Math.floor(r() * alphabet.length))).join("");
export const digits = (r: Rand, n: number) => chars(r, n, "0123456789");
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const HEX = "0123456789abcdef";

/** Flips the last digit of a value (breaks a checksum). */
export function breakLast(value: string): string {
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return value.slice(0, i) + String((c - 48 + 1) % 10) + value.slice(i + 1);
  }
  return value;
}

/** Splits a compact value into groups (sizes repeat the last one) joined by `sep`. */
export function group(value: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (let k = 0; i < value.length; k++) {
    const n = sizes[Math.min(k, sizes.length - 1)] ?? 4;
    out.push(value.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

export function luhnComplete(prefix: string, length: number, r: Rand): string {
  const body = prefix + digits(r, Math.max(0, length - prefix.length - 1));
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export function card(r: Rand): string {
  const [prefix, length] = pick(r, [["4", 16], ["4", 13], ["4", 19], ["53", 16], ["2221", 16], ["37", 15], ["34", 15], ["6011", 16], ["65", 16], ["35", 16], ["36", 14], ["50", 12], ["6759", 18], ["7", 16], ["9", 16], ["1", 15]] as const);
  const value = luhnComplete(prefix, length, r);
  const bad = r() < 0.25 ? breakLast(value) : value;
  const form = int(r, 0, 3);
  if (form === 0 || bad.length < 15) return bad;
  if (length === 15 && form === 1) return group(bad, [4, 6, 5], pick(r, [" ", "-"]));
  return group(bad, [4], pick(r, [" ", "-", "  ", "."]));
}

export function iban(r: Rand): string {
  const country = pick(r, ["DE", "GB", "FR", "NL", "ES", "IT", "CH", "NO", "MT", "XX"]);
  const length = IBAN_LENGTHS[country] ?? 22;
  const bban = country === "GB" || country === "NL" || country === "MT" ? chars(r, 4, UPPER) + digits(r, length - 8) : digits(r, length - 4);
  const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, "0");
  let value = `${country}${check}${bban}`;
  if (r() < 0.2) value = breakLast(value);
  const form = int(r, 0, 3);
  if (form === 0) return value;
  if (form === 1) return group(value, [4], " ");
  if (form === 2) return group(value, [4], "-");
  return `${value.slice(0, 4)} ${value.slice(4)}`;
}

export function nhs(r: Rand): string {
  for (;;) {
    const d = digits(r, 9);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
    let check = 11 - (sum % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const value = r() < 0.2 ? breakLast(d + check) : d + check;
    return group(value, [3, 3, 4], pick(r, [" ", "-", ""]));
  }
}

export function tfn(r: Rand): string {
  for (;;) {
    const d = digits(r, 9);
    if (auTfnValid(d) || r() < 0.1) return group(d, [3], pick(r, [" ", ""]));
  }
}

export function aba(r: Rand): string {
  const prefix = pick(r, ["01", "02", "11", "12", "21", "26", "32", "61", "72", "80", "99"]);
  const d = prefix + digits(r, 6);
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (w[i % 3] ?? 0);
  const value = d + String((10 - (sum % 10)) % 10);
  return r() < 0.3 ? `${value.slice(0, 4)}-${value.slice(4, 8)}-${value.slice(8)}` : value;
}

/** Appends the letter that makes `valid` pass (or a wrong one when `bad`). */
function withCheckLetter(body: string, valid: (v: string) => boolean, bad: boolean, sep = ""): string {
  const letters = [...UPPER].filter((l) => valid(body + l));
  const good = letters[0] ?? "A";
  return body + sep + (bad ? ([...UPPER].find((l) => !valid(body + l)) ?? "A") : good);
}

export const nric = (r: Rand) => withCheckLetter(pick(r, ["S", "T", "F", "G", "M"]) + digits(r, 7), sgNricValid, r() < 0.25);
export const nif = (r: Rand) => withCheckLetter(digits(r, pick(r, [7, 8])), esNifValid, r() < 0.25, pick(r, ["", "", "-"]));
export const nie = (r: Rand) => withCheckLetter(pick(r, ["X", "Y", "Z", "x"]) + pick(r, ["", "-"]) + digits(r, 7), (v) => esNieValid(v), r() < 0.25);
export const fiscal = (r: Rand) =>
  withCheckLetter(chars(r, 6, UPPER) + digits(r, 2) + pick(r, [..."ABCDEHLMPRST"]) + digits(r, 2) + pick(r, [..."ABCHLMZ"]) + chars(r, 3, "0123456789LMNP"), itFiscalCodeValid, r() < 0.25);
export const pan = (r: Rand) => chars(r, 3, UPPER) + pick(r, ["P", "C", "Q", "A"]) + chars(r, 1, UPPER) + digits(r, 4) + chars(r, 1, UPPER);
export const nino = (r: Rand) => {
  const value = pick(r, ["AB", "CE", "JK", "QQ", "GB", "ZZ", "PR", "ab"]) + digits(r, 6) + pick(r, ["A", "B", "C", "D", "E"]);
  return r() < 0.5 ? value : `${value.slice(0, 2)} ${value.slice(2, 4)} ${value.slice(4, 6)} ${value.slice(6, 8)} ${value.slice(8)}`;
};

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest();

export function base58Address(r: Rand): string {
  const payload = Uint8Array.from([pick(r, [0, 5, 0x6f]), ...Array.from({ length: 20 }, () => int(r, 0, 255))]);
  const full = Uint8Array.from([...payload, ...sha256(sha256(payload)).subarray(0, 4)]);
  let n = 0n;
  for (const b of full) n = n * 256n + BigInt(b);
  let out = "";
  while (n > 0n) {
    out = B58.charAt(Number(n % 58n)) + out;
    n /= 58n;
  }
  for (const b of full) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return r() < 0.2 ? out.slice(0, -1) + (out.endsWith("z") ? "y" : "z") : out;
}

const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function polymod(values: readonly number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (gen[i] ?? 0)) >>> 0;
  }
  return chk;
}

export function segwitAddress(r: Rand): string {
  const hrp = pick(r, ["bc", "bc", "tb"]);
  const version = pick(r, [0, 0, 1]);
  const words = [version, ...Array.from({ length: version === 0 ? 32 : 52 }, () => int(r, 0, 31))];
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...words, 0, 0, 0, 0, 0, 0];
  const mod = polymod(expanded) ^ (version === 0 ? 1 : 0x2bc830a3);
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  const value = `${hrp}1${[...words, ...check].map((w) => BECH.charAt(w)).join("")}`;
  return r() < 0.2 ? value.toUpperCase() : r() < 0.2 ? `${value.slice(0, -1)}q` : value;
}

export const eth = (r: Rand) => `0x${chars(r, 40, HEX + "ABCDEF")}`;
export const hexRun = (r: Rand, n: number) => chars(r, n, HEX);
