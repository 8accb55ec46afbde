import type { FindingTags } from "../types";
import { PII_TAGS } from "./engine";

export type PiiEntity = { name: string; description: string; tags: FindingTags };

const entity = (name: string, description: string): PiiEntity => ({ name, description, tags: PII_TAGS });

/** Entities the PII detector reports (Presidio names). */
export const PII_ENTITIES: readonly PiiEntity[] = [
  entity("EMAIL_ADDRESS", "E-mail address (RFC 5322 local part, IDN/punycode domains)"),
  entity("PHONE_NUMBER", "Phone number: E.164, NANP and grouped national formats; short or bare numbers need a context word"),
  entity("CREDIT_CARD", "Payment card number (major IIN ranges, Luhn checksum)"),
  entity("IBAN_CODE", "International Bank Account Number (country length, ISO 7064 mod 97)"),
  entity("CRYPTO", "Bitcoin address (Base58Check P2PKH/P2SH, bech32/bech32m segwit); Ethereum address with context"),
  entity("IP_ADDRESS", "IPv4 or IPv6 address (compressed, IPv4-mapped, zone id, CIDR prefix)"),
  entity("MAC_ADDRESS", "MAC address (colon, hyphen or Cisco dotted notation)"),
  entity("URL", "URL with a scheme, or a www./bare domain (bare domains need context)"),
  entity("US_SSN", "US Social Security Number (valid area/group/serial, known fakes rejected)"),
  entity("US_ITIN", "US Individual Taxpayer Identification Number"),
  entity("US_PASSPORT", "US passport number (needs a context word)"),
  entity("US_DRIVER_LICENSE", "US driver's license number (needs a context word)"),
  entity("US_BANK_NUMBER", "US bank account number (needs a context word)"),
  entity("ABA_ROUTING_NUMBER", "ABA routing transit number (checksum; needs a context word)"),
  entity("UK_NHS", "UK NHS number (mod 11 checksum)"),
  entity("UK_NINO", "UK National Insurance number"),
  entity("AU_TFN", "Australian Tax File Number (checksum; needs a context word)"),
  entity("IN_PAN", "Indian Permanent Account Number"),
  entity("SG_NRIC_FIN", "Singapore NRIC/FIN (check letter)"),
  entity("ES_NIF", "Spanish DNI/NIF (check letter)"),
  entity("ES_NIE", "Spanish foreigner identity number NIE (check letter)"),
  entity("IT_FISCAL_CODE", "Italian codice fiscale (check character)"),
  entity("DATE_TIME", "Date or timestamp (low score; reported near birth/date words)"),
];
