// What can go wrong with an output, worded for the person at the terminal.

import { type Lang, messagesFor } from "../i18n/lang.ts";
import { counted } from "../i18n/plural.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import type { WriteError } from "./write.ts";

const en = {
  reasons: {
    ENOSPC: "the disk or the device is full",
    EDQUOT: "the disk quota is used up",
    EPIPE: "the reading end is closed",
    EBADF: "it is not open for writing",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    EISDIR: "it is a folder; give a file name",
    ENOTDIR: "a file is in the way of its folder",
    ENOENT: "no such file or folder",
    ENXIO: "nothing is reading it",
  } as Record<string, string>,
  stdout: "standard output",
  cannotWrite: (file: string, why: string) => `reflet: ${file}: cannot write (${why})`,
  exists: (file: string) => `reflet: ${file}: the file exists (use --force to replace it)`,
  same: (a: string, aRole: string, b: string, bRole: string) =>
    `reflet: ${a} (${aRole}) and ${b} (${bRole}) are the same file (choose another name)`,
  input: "input",
  notAFolder: (dir: string) => `reflet: ${dir}: is not a folder (give a folder for the reports)`,
  otherReports: (dir: string, n: number) =>
    `reflet: ${dir}: already holds ${counted("en", n, "report", "reports")} of another run (use an empty folder, or --force to add to them)`,
};

const fr: typeof en = {
  reasons: {
    ENOSPC: "le disque ou le périphérique est plein",
    EDQUOT: "le quota du disque est atteint",
    EPIPE: "l’autre bout du tube est fermé",
    EBADF: "il n’est pas ouvert en écriture",
    EACCES: "permission refusée",
    EPERM: "permission refusée",
    EROFS: "le système de fichiers est en lecture seule",
    EISDIR: "c’est un dossier ; donnez un nom de fichier",
    ENOTDIR: "un fichier occupe la place de son dossier",
    ENOENT: "fichier ou dossier introuvable",
    ENXIO: "personne ne le lit",
  },
  stdout: "sortie standard",
  cannotWrite: (file, why) => `reflet : ${file} : écriture impossible (${why})`,
  exists: (file) => `reflet : ${file} : le fichier existe (--force pour le remplacer)`,
  same: (a, aRole, b, bRole) =>
    `reflet : ${a} (${aRole}) et ${b} (${bRole}) sont le même fichier (choisissez un autre nom)`,
  input: "entrée",
  notAFolder: (dir) =>
    `reflet : ${dir} : n’est pas un dossier (donnez un dossier pour les rapports)`,
  otherReports: (dir, n) =>
    `reflet : ${dir} : contient déjà ${counted("fr", n, "rapport", "rapports")} d’une autre exécution (prenez un dossier vide, ou --force pour les y ajouter)`,
};

export const ioMessages = { en, fr };

/** One line: which output, and why it could not be written. */
export function describeWriteFailure(file: string, code: string, lang: Lang): string {
  const m = messagesFor(lang, ioMessages);
  const reason = m.reasons[code];
  return sanitizeLine(m.cannotWrite(file, reason ? `${reason}, ${code}` : code));
}

export const describeWriteError = (e: WriteError, lang: Lang): string =>
  describeWriteFailure(e.path, e.code, lang);

/** Standard output, in the user's language. */
export const stdoutName = (lang: Lang): string => messagesFor(lang, ioMessages).stdout;
