// BIP-173 (bech32) and BIP-350 (bech32m) checksums, plus the segwit address rules on top.

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GENERATOR[i] ?? 0)) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

export type Bech32Decoded = { hrp: string; data: number[]; variant: "bech32" | "bech32m" };

/** Decode a bech32/bech32m string (not mixed case, ≤ 90 chars); null when the checksum fails. */
export function bech32Decode(value: string): Bech32Decoded | null {
  if (value.length > 90 || (value !== value.toLowerCase() && value !== value.toUpperCase())) return null;
  const lower = value.toLowerCase();
  const sep = lower.lastIndexOf("1");
  if (sep < 1 || sep + 7 > lower.length) return null;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return null;
    data.push(v);
  }
  const check = polymod([...hrpExpand(hrp), ...data]);
  const variant = check === BECH32_CONST ? "bech32" : check === BECH32M_CONST ? "bech32m" : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}

/** Segwit address (bc/tb): witness v0 uses bech32 with a 20/32-byte program, v1+ uses bech32m with 2..40 bytes. */
export function segwitAddressValid(address: string): boolean {
  const decoded = bech32Decode(address);
  if (!decoded || (decoded.hrp !== "bc" && decoded.hrp !== "tb")) return false;
  const [version, ...words] = decoded.data;
  if (version === undefined || version > 16) return false;
  const bits = words.length * 5;
  if (bits % 8 > 4) return false;
  const bytes = Math.floor(bits / 8);
  if (bytes < 2 || bytes > 40) return false;
  if (version === 0) return decoded.variant === "bech32" && (bytes === 20 || bytes === 32);
  return decoded.variant === "bech32m";
}
