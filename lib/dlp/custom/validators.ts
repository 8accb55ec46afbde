// Checksums a custom rule may require of its match (digits or characters are taken from the matched value).
import { ibanValid } from "../validators/mod97";
import { luhnValid } from "../validators/luhn";
import { nhsValid } from "../validators/nhs";
import { abaRoutingValid } from "../validators/aba-routing";

const digitsOf = (value: string) => value.replace(/\D/g, "");

export const CUSTOM_VALIDATORS = {
  none: { label: "None", check: () => true },
  luhn: { label: "Luhn (card numbers, IMEI)", check: (v: string) => luhnValid(digitsOf(v)) },
  mod97: { label: "ISO 7064 mod 97 (IBAN)", check: (v: string) => ibanValid(v.replace(/[\s-]/g, "").toUpperCase()) },
  nhs: { label: "NHS mod 11", check: (v: string) => nhsValid(digitsOf(v)) },
  aba: { label: "ABA routing checksum", check: (v: string) => abaRoutingValid(digitsOf(v)) },
} as const satisfies Record<string, { label: string; check: (value: string) => boolean }>;

export type CustomValidator = keyof typeof CUSTOM_VALIDATORS;
export const CUSTOM_VALIDATOR_NAMES = Object.keys(CUSTOM_VALIDATORS) as [CustomValidator, ...CustomValidator[]];
