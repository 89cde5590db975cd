/** IBAN check digits (ISO 13616, mod 97). */
export function validIban(raw: string): boolean {
  const iban = raw.replace(/\s/gu, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) return false;
  if (iban.startsWith("DE") && iban.length !== 22) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/gu, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** German tax ID (Steuerliche Identifikationsnummer): 11 digits, ISO 7064 MOD 11,10 check digit. */
export function validTaxId(raw: string): boolean {
  const id = raw.replace(/\s/gu, "");
  if (!/^[1-9]\d{10}$/u.test(id)) return false;
  // Among the first ten digits, exactly one digit appears twice or three times; others once or not at all.
  const counts = new Map<string, number>();
  for (const digit of id.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (const digit of id.slice(0, 10)) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(id[10]);
}
