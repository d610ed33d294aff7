// What a batch says about its inputs, in both languages. Each problem is a message and what to do.
import { counted, plural } from "../../i18n/plural.ts";

import type { Place } from "../first-seen.ts";
import type { PlanProblem } from "../input/columns.ts";
import { showTime } from "../input/timestamp.ts";
import { columnsMessages } from "./columns.ts";

type Said = { message: string; hint?: string };
const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
type Kept = Place & { time: number | null };
const LISTED = 10;
/** file:line, as a problem's place is written. */
const placeOf = (p: Place) => (p.line === null ? p.file : `${p.file}:${p.line}`);
/** The first few of a long list, and how many more there are. */
const some = (xs: readonly string[], wrap: (x: string) => string, more: (n: number) => string) =>
  xs.slice(0, LISTED).map(wrap).join(", ") + (xs.length > LISTED ? more(xs.length - LISTED) : "");

const en = {
  /** `hint`: what the answer may be, as an answers file's problem says it (load/messages/answers.ts). */
  badCell: (header: string, item: string, cell: string, hint: string | undefined): Said => ({
    message: `column "${header}" (${item}): "${cell}" is not an answer to this question`,
    ...(hint ? { hint } : {}),
  }),
  cellCount: (cells: number, header: number): Said => ({
    message: `this row has ${cells} cells where the header has ${header}`,
    hint: "a line break or a separator in a cell without quotes?",
  }),
  moreProblems: (n: number) => ` (and ${n} more)`,
  /** Put before a warning's message on standard error. */
  warningPrefix: "warning: ",
  duplicate: (id: string, first: Place): Said => ({
    message: `participant "${id}" appears more than once: first at ${placeOf(first)}`,
    hint: "keep one of their answer sheets, or use --keep latest",
  }),
  cut: (from: number, to: number, reason: "quote" | "size"): Said =>
    reason === "quote"
      ? {
          message: `lines ${from}-${to} not read: a quote opened on line ${from} is never closed`,
          hint: 'close the quote with " or remove it',
        }
      : {
          message: `line ${from} and the rest of the file not read: the row there is longer than 1 MB and does not end within 16 MB`,
          hint: "a quote never closed, or a file that is not a CSV?",
        },
  tooLong: (): Said => ({
    message: "this row is longer than 1 MB: not read",
    hint: "a quote never closed, or a file that is not a CSV?",
  }),
  emptyFile: (): Said => ({ message: "the file is empty", hint: "export it again with a header" }),
  headerOnly: (): Said => ({
    message: "a header and no rows: nobody to score in this file",
    hint: "check that the export holds the answers",
  }),
  plan: (p: PlanProblem, questionnaire: string, file: string): Said => {
    switch (p.code) {
      case "missing":
        return columnsMessages.en.missing(p.item, p.text, p.closest);
      case "map-header":
        return columnsMessages.en.mapHeader(p.header, file, p.closest);
      case "no-items":
        return {
          message: `no column is a question of "${questionnaire}"`,
          hint: `headers are item ids or question texts; reflet template ${questionnaire} --format csv gives them`,
        };
      case "no-id-column":
        return {
          message: `no column ${p.names.map((n) => `"${n}"`).join(" or ")}; the columns are ${some(
            p.columns,
            (c) => `"${c}"`,
            (n) => ` and ${n} more`,
          )}`,
          hint: 'give one of them to --id-column, or several: --id-column "Full name,Name"',
        };
      case "same-item":
        return {
          message: `columns ${quoted(p.headers)} are both question ${p.item}`,
          hint: "keep one of them",
        };
      case "ambiguous":
        return {
          message: `column "${p.header}" could be any of the questions ${p.items.join(", ")}`,
          hint: "use item ids as headers for these questions",
        };
    }
  },
  noAnswersIn: (): Said => ({
    message: "no answers files in this folder",
    hint: "answers files end in .yaml, .yml, .json or .csv",
  }),
  notRegular: (names: readonly string[]): Said => ({
    message: `skipped, not regular files: ${some(
      names,
      (n) => `"${n}"`,
      (k) => ` and ${k} more`,
    )}`,
    hint: "a folder's named pipes, devices and subfolders are not read",
  }),
  namedPipe: (): Said => ({
    message: "a named pipe, not a file: not read",
    hint: "give its content on standard input: reflet batch QUESTIONNAIRE - < PIPE",
  }),
  ignoredColumns: (headers: string[]): Said => ({
    message: `columns not read: ${some(
      headers,
      (h) => `"${h}"`,
      (n) => ` and ${n} more`,
    )}`,
  }),
  emptyRows: (n: number, lines: readonly number[]): Said => ({
    message: `${counted("en", n, "empty row", "empty rows")} skipped: ${plural("en", lines.length, "line", "lines")} ${lines.join(", ")}${n > lines.length ? ", …" : ""}`,
  }),
  keptOther: (id: string, keep: "latest" | "first", kept: Kept): Said => ({
    message: `answer sheet of "${id}" left out: the ${keep === "latest" ? "latest" : "first"} one is kept, at ${placeOf(kept)}${kept.time === null ? "" : ` (${showTime(kept.time)})`}`,
    hint: `--keep ${keep === "latest" ? "first" : "latest"} keeps the ${keep === "latest" ? "first" : "latest"} one instead`,
  }),
  idColumnUsed: (header: string): Said => ({
    message: `participant ids taken from column "${header}"`,
    hint: "name another one with --id-column",
  }),
  rowPseudonyms: (): Said => ({
    message:
      "people are named by their row here: their pseudonyms follow the row, not the person, and will not match another wave",
    hint: "name the column that tells people apart (e-mail, name) with --id-column",
  }),
  anonymous: (header: string, value: string): Said => ({
    message: `column "${header}" says "${value}" instead of a name: these people are named by their row (row-N), not taken for one person`,
    hint: "a form that records names or e-mails tells people apart; --id-column names another column",
  }),
  notUtf8: (): Said => ({
    message: "not valid UTF-8: read as Windows-1252",
    hint: "save it as CSV UTF-8 to be sure accents are right",
  }),
  stdinTwice: "reflet: - (standard input) can be given only once",
  badMinGroup: (v: string) => `reflet: --min-group must be a whole number of 1 or more, not "${v}"`,
  badSummary: (file: string) =>
    `reflet: ${file}: the summary is written as .html, .md, .csv or .json (name the file so)`,
  noGroupColumn: (name: string, headers: readonly string[]): Said => ({
    message: `no column "${name}" to group by`,
    hint: `check the name given to --group-by; the columns are ${some(
      headers,
      (h) => `"${h}"`,
      (n) => ` and ${n} more`,
    )}`,
  }),
};

const fr: typeof en = {
  badCell: (header, item, cell, hint) => ({
    message: `colonne « ${header} » (${item}) : « ${cell} » n’est pas une réponse à cette question`,
    ...(hint ? { hint } : {}),
  }),
  cellCount: (cells, header) => ({
    message: `cette ligne a ${cells} cellules alors que l’en-tête en a ${header}`,
    hint: "un retour à la ligne ou un séparateur dans une cellule sans guillemets ?",
  }),
  moreProblems: (n) => ` (et ${n} de plus)`,
  warningPrefix: "attention : ",
  duplicate: (id, first) => ({
    message: `la personne « ${id} » apparaît plusieurs fois : d’abord en ${placeOf(first)}`,
    hint: "gardez une seule de ses feuilles de réponses, ou utilisez --keep latest",
  }),
  cut: (from, to, reason) =>
    reason === "quote"
      ? {
          message: `lignes ${from} à ${to} non lues : un guillemet ouvert ligne ${from} n’est jamais fermé`,
          hint: 'fermez le guillemet avec " ou retirez-le',
        }
      : {
          message: `ligne ${from} et reste du fichier non lus : la ligne ${from} dépasse 1 Mo et ne finit pas dans les 16 Mo suivants`,
          hint: "un guillemet jamais fermé, ou un fichier qui n’est pas un CSV ?",
        },
  tooLong: () => ({
    message: "cette ligne dépasse 1 Mo : non lue",
    hint: "un guillemet jamais fermé, ou un fichier qui n’est pas un CSV ?",
  }),
  headerOnly: () => ({
    message: "un en-tête et aucune ligne : personne à évaluer dans ce fichier",
    hint: "vérifiez que l’export contient bien les réponses",
  }),
  emptyFile: () => ({
    message: "le fichier est vide",
    hint: "exportez-le de nouveau avec un en-tête",
  }),
  plan: (p, questionnaire, file) => {
    switch (p.code) {
      case "missing":
        return columnsMessages.fr.missing(p.item, p.text, p.closest);
      case "map-header":
        return columnsMessages.fr.mapHeader(p.header, file, p.closest);
      case "no-items":
        return {
          message: `aucune colonne n’est une question de « ${questionnaire} »`,
          hint: `les en-têtes sont des identifiants ou des textes de questions ; reflet template ${questionnaire} --format csv les donne`,
        };
      case "no-id-column":
        return {
          message: `pas de colonne ${p.names.map((n) => `« ${n} »`).join(" ni ")} ; les colonnes sont ${some(
            p.columns,
            (c) => `« ${c} »`,
            (n) => ` et ${n} autres`,
          )}`,
          hint: 'donnez l’une d’elles à --id-column, ou plusieurs : --id-column "Nom et prénom,Nom"',
        };
      case "same-item":
        return {
          message: `les colonnes ${p.headers.map((h) => `« ${h} »`).join(", ")} sont toutes deux la question ${p.item}`,
          hint: "gardez-en une seule",
        };
      case "ambiguous":
        return {
          message: `la colonne « ${p.header} » peut être n’importe laquelle des questions ${p.items.join(", ")}`,
          hint: "mettez les identifiants de ces questions en en-tête",
        };
    }
  },
  noAnswersIn: () => ({
    message: "aucun fichier de réponses dans ce dossier",
    hint: "les fichiers de réponses finissent par .yaml, .yml, .json ou .csv",
  }),
  notRegular: (names) => ({
    message: `ignorés, pas des fichiers ordinaires : ${some(
      names,
      (n) => `« ${n} »`,
      (k) => ` et ${k} de plus`,
    )}`,
    hint: "les tubes nommés, périphériques et sous-dossiers d’un dossier ne sont pas lus",
  }),
  namedPipe: () => ({
    message: "un tube nommé, pas un fichier : non lu",
    hint: "donnez son contenu sur l’entrée standard : reflet batch QUESTIONNAIRE - < TUBE",
  }),
  ignoredColumns: (headers) => ({
    message: `colonnes non lues : ${some(
      headers,
      (h) => `« ${h} »`,
      (n) => ` et ${n} autres`,
    )}`,
  }),
  emptyRows: (n, lines) => ({
    message: `${counted("fr", n, "ligne vide ignorée", "lignes vides ignorées")} : ${plural("fr", lines.length, "ligne", "lignes")} ${lines.join(", ")}${n > lines.length ? ", …" : ""}`,
  }),
  keptOther: (id, keep, kept) => ({
    message: `feuille de réponses de « ${id} » laissée de côté : la ${keep === "latest" ? "plus récente" : "première"} est gardée, en ${placeOf(kept)}${kept.time === null ? "" : ` (${showTime(kept.time)})`}`,
    hint: `--keep ${keep === "latest" ? "first" : "latest"} garde plutôt la ${keep === "latest" ? "première" : "plus récente"}`,
  }),
  idColumnUsed: (header) => ({
    message: `identifiants des personnes pris dans la colonne « ${header} »`,
    hint: "nommez-en une autre avec --id-column",
  }),
  rowPseudonyms: () => ({
    message:
      "les personnes sont nommées ici par leur ligne : leurs pseudonymes suivent la ligne, pas la personne, et ne correspondront pas à une autre vague",
    hint: "nommez la colonne qui distingue les personnes (e-mail, nom) avec --id-column",
  }),
  anonymous: (header, value) => ({
    message: `la colonne « ${header} » dit « ${value} » au lieu d’un nom : ces personnes sont nommées par leur ligne (row-N), pas prises pour une seule`,
    hint: "un formulaire qui recueille noms ou e-mails distingue les personnes ; --id-column nomme une autre colonne",
  }),
  notUtf8: () => ({
    message: "pas en UTF-8 valide : lu comme Windows-1252",
    hint: "enregistrez-le en CSV UTF-8 pour être sûr des accents",
  }),
  stdinTwice: "reflet : - (l’entrée standard) ne peut être donné qu’une fois",
  badMinGroup: (v) => `reflet : --min-group doit être un nombre entier d’au moins 1, pas « ${v} »`,
  badSummary: (file) =>
    `reflet : ${file} : la synthèse s’écrit en .html, .md, .csv ou .json (nommez le fichier ainsi)`,
  noGroupColumn: (name, headers) => ({
    message: `pas de colonne « ${name} » pour regrouper`,
    hint: `vérifiez le nom donné à --group-by ; les colonnes sont ${some(
      headers,
      (h) => `« ${h} »`,
      (n) => ` et ${n} autres`,
    )}`,
  }),
};

export const batchInputMessages = { en, fr };
