// What can go wrong with the data folder, worded for the person at the terminal.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";

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

const en = {
  "no-home": () =>
    "reflet: no home folder to keep your results in (set REFLET_HOME to a folder of your own, or use --no-save)",
  "read-only": (p: string) =>
    `reflet: ${p}: cannot write here (set REFLET_HOME to a folder you can write to)`,
  full: (p: string) => `reflet: ${p}: the disk is full (free some space and try again)`,
  "not-a-folder": (p: string) =>
    `reflet: ${p}: something that is not a folder is in the way (move it, or set REFLET_HOME)`,
  "no-folder": (p: string) =>
    `reflet: ${p}: its folder does not exist (create it, or choose another path)`,
  link: (p: string) =>
    `reflet: ${p}: is a symbolic link, and reflet follows none inside its data folder (put the file itself there, or remove the link)`,
  "not-regular": (p: string) =>
    `reflet: ${p}: is not a regular file (move it out of reflet's data folder)`,
  "not-owned": (p: string) =>
    `reflet: ${p}: belongs to another user (set REFLET_HOME to a folder of your own)`,
  "open-to-others": (p: string) =>
    `reflet: ${p}: other users can write in this folder (chmod 700 it, or set REFLET_HOME to a folder of your own)`,
  other: (p: string, d: string) => `reflet: ${p}: cannot be used (${d})`,
};

const fr: typeof en = {
  "no-home": () =>
    "reflet : aucun dossier personnel où garder vos résultats (indiquez un dossier à vous dans REFLET_HOME, ou utilisez --no-save)",
  "read-only": (p) =>
    `reflet : ${p} : écriture impossible ici (indiquez dans REFLET_HOME un dossier où vous pouvez écrire)`,
  full: (p) => `reflet : ${p} : le disque est plein (libérez de la place et recommencez)`,
  "not-a-folder": (p) =>
    `reflet : ${p} : un fichier occupe la place d’un dossier (déplacez-le, ou changez REFLET_HOME)`,
  "no-folder": (p) =>
    `reflet : ${p} : son dossier n’existe pas (créez-le, ou choisissez un autre chemin)`,
  link: (p) =>
    `reflet : ${p} : est un lien symbolique, et reflet n’en suit aucun dans son dossier de données (mettez-y le fichier lui-même, ou supprimez le lien)`,
  "not-regular": (p) =>
    `reflet : ${p} : n’est pas un fichier ordinaire (sortez-le du dossier de données de reflet)`,
  "not-owned": (p) =>
    `reflet : ${p} : appartient à un autre utilisateur (indiquez dans REFLET_HOME un dossier à vous)`,
  "open-to-others": (p) =>
    `reflet : ${p} : d’autres utilisateurs peuvent écrire dans ce dossier (faites chmod 700, ou indiquez dans REFLET_HOME un dossier à vous)`,
  other: (p, d) => `reflet : ${p} : inutilisable (${d})`,
};

export const storeMessages = { en, fr };

export function describeStoreError(e: StoreError, lang: Lang): string {
  return sanitizeLine(messagesFor(lang, storeMessages)[e.problem](e.path, e.detail));
}
