// Machine output: stable keys, a schemaVersion, one trailing newline.
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
