// What can go wrong with the data folder, worded for the person at the terminal.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { storeMessages } from "./messages.ts";

export type StoreProblem =
  | "no-home"
  | "read-only"
  | "full"
  | "not-a-folder"
  | "no-folder"
  | "link"
  | "not-regular"
  | "not-owned"
  | "open-to-others"
  | "other";

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly path: string,
    readonly detail = "",
  ) {
    super(`${problem}: ${path} ${detail}`.trim());
    this.name = "StoreError";
  }
}

/** Turns a file-system error on `path` into a StoreError; anything unexpected keeps its code. */
export function storeError(e: unknown, path: string): StoreError {
  if (e instanceof StoreError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? "";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new StoreError("read-only", path, code);
  if (code === "ENOSPC" || code === "EDQUOT") return new StoreError("full", path, code);
  if (code === "ENOTDIR" || code === "EISDIR" || code === "EEXIST")
    return new StoreError("not-a-folder", path, code);
  if (code === "ENOENT") return new StoreError("no-folder", path, code);
  if (code === "ELOOP") return new StoreError("link", path, code);
  return new StoreError("other", path, code || String(e));
}

export function describeStoreError(e: StoreError, lang: Lang): string {
  return sanitizeLine(messagesFor(lang, storeMessages)[e.problem](e.path, e.detail));
}
