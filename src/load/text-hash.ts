// A questionnaire's hash: what results name it by (questionnaire.hash) and what the cache finds
// its checked content under (load/cache.ts). The text's UTF-8 bytes are hashed, as a string
// given to `update` would be, but Node hashes bytes several times faster.
import { createHash } from "node:crypto";

export const textHash = (text: string): string =>
  createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");
