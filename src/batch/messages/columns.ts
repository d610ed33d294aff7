// What batch says about matching CSV columns to questions, in both languages: a question with
// no column, the column map (--columns), and the listing of `reflet batch --check`.
import { plural } from "../../i18n/plural.ts";
import type { How } from "../input/header-match.ts";

type Said = { message: string; hint?: string };
/** A question or header shown in a message: its start, enough to recognise it. */
const SHOWN = 70;
const cut = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}…` : flat;
};
const dq = (xs: readonly string[]) => xs.map((x) => `"${cut(x)}"`).join(" or ");
const fq = (xs: readonly string[]) => xs.map((x) => `« ${cut(x)} »`).join(" ou ");

const en = {
  missing: (item: string, text: string, closest: readonly string[]): Said => ({
    message: `no column for question ${item} "${cut(text)}": nothing of this file is scored`,
    hint:
      closest.length > 0
        ? `did you mean ${dq(closest)}? name it in a column map: --columns map.yaml; reflet batch --check lists every column`
        : "add its column, or name it in a column map: --columns map.yaml; reflet batch --check lists every column",
  }),
  mapHeader: (header: string, file: string, closest: string | undefined): Said => ({
    message: `"${cut(header)}" is not a column of ${file}`,
    hint: closest ? `did you mean "${cut(closest)}"?` : "copy the header as the file has it",
  }),
  mapNotMapping: (): Said => ({
    message: "a column map is a list of header: item-id lines",
    hint: 'for example "1. Je reste calme.": c1 (reflet batch --check --columns-out writes one)',
  }),
  mapNoItem: (header: string): Said => ({
    message: `no item id for "${cut(header)}"`,
    hint: "give the id of the question this column holds",
  }),
  mapUnknownItem: (id: string, questionnaire: string, near: string | undefined): Said => ({
    message: `"${cut(id)}" is not a question of "${questionnaire}"`,
    hint: near
      ? `did you mean ${near}?`
      : "reflet batch --check lists the question ids and the columns",
  }),
  mapSameHeader: (header: string, line: number): Said => ({
    message: `"${cut(header)}" is already in the map, line ${line}`,
    hint: "keep one of them",
  }),
  byOrder: (header: string, items: readonly string[]): Said => ({
    message: `${items.length} columns "${cut(header)}" matched by their order in the questionnaire: ${items.join(", ")}`,
    hint: "if the form put them in another order, name them in a column map (--columns)",
  }),
  unread: (items: readonly string[]): Said => ({
    message: `no column for the free-text ${plural("en", items.length, "question", "questions")} ${items.join(", ")}: not read (no score depends on them)`,
  }),
  how: {
    id: "id",
    text: "text",
    number: "number",
    grid: "grid",
    map: "map",
    order: "order",
  } satisfies Record<How, string>,
  participantColumn: "participant id",
  unmatched: "unmatched",
  checkHead: (file: string, matched: number, items: number) =>
    `${file}: ${matched} of ${items} questions have a column`,
  checkMissing: (item: string, text: string) => `  missing  ${item}  "${cut(text)}"`,
  mapTitle: (questionnaire: string) =>
    `# Column map for reflet batch ${questionnaire} --columns THIS-FILE: "CSV header": item id.\n# Lines starting with # are not read; uncomment and complete those you need.`,
  mapMatched: "matched by reflet",
  mapByOrder: "matched by its order among columns of the same text",
  mapUnmatched: (near: string | undefined) =>
    near ? `not matched: closest question ${near}` : "not matched: not a question?",
  mapMissing: (item: string, text: string) => `no column yet: ${item} "${cut(text)}"`,
};

const fr: typeof en = {
  missing: (item, text, closest) => ({
    message: `aucune colonne pour la question ${item} « ${cut(text)} » : rien de ce fichier n’est évalué`,
    hint:
      closest.length > 0
        ? `vouliez-vous dire ${fq(closest)} ? nommez-la dans une table des colonnes : --columns table.yaml ; reflet batch --check liste toutes les colonnes`
        : "ajoutez sa colonne, ou nommez-la dans une table des colonnes : --columns table.yaml ; reflet batch --check liste toutes les colonnes",
  }),
  mapHeader: (header, file, closest) => ({
    message: `« ${cut(header)} » n’est pas une colonne de ${file}`,
    hint: closest
      ? `vouliez-vous dire « ${cut(closest)} » ?`
      : "recopiez l’en-tête tel que le fichier l’écrit",
  }),
  mapNotMapping: () => ({
    message: "une table des colonnes est une liste de lignes en-tête: identifiant",
    hint: 'par exemple "1. Je reste calme.": c1 (reflet batch --check --columns-out en écrit une)',
  }),
  mapNoItem: (header) => ({
    message: `pas d’identifiant de question pour « ${cut(header)} »`,
    hint: "donnez l’identifiant de la question que contient cette colonne",
  }),
  mapUnknownItem: (id, questionnaire, near) => ({
    message: `« ${cut(id)} » n’est pas une question de « ${questionnaire} »`,
    hint: near
      ? `vouliez-vous dire ${near} ?`
      : "reflet batch --check liste les identifiants des questions et les colonnes",
  }),
  mapSameHeader: (header, line) => ({
    message: `« ${cut(header)} » est déjà dans la table, ligne ${line}`,
    hint: "gardez-en une seule",
  }),
  byOrder: (header, items) => ({
    message: `${items.length} colonnes « ${cut(header)} » associées dans l’ordre du questionnaire : ${items.join(", ")}`,
    hint: "si le formulaire les met dans un autre ordre, nommez-les dans une table des colonnes (--columns)",
  }),
  unread: (items) => ({
    message: `aucune colonne pour ${plural("fr", items.length, "la question libre", "les questions libres")} ${items.join(", ")} : ${plural("fr", items.length, "non lue", "non lues")} (aucun score n’en dépend)`,
  }),
  how: {
    id: "identifiant",
    text: "texte",
    number: "numéro",
    grid: "grille",
    map: "table",
    order: "ordre",
  },
  participantColumn: "identifiant de personne",
  unmatched: "non reconnue",
  checkHead: (file, matched, items) =>
    `${file} : ${matched} questions sur ${items} ont une colonne`,
  checkMissing: (item, text) => `  manquante  ${item}  « ${cut(text)} »`,
  mapTitle: (questionnaire) =>
    `# Table des colonnes pour reflet batch ${questionnaire} --columns CE-FICHIER : "en-tête CSV": identifiant.\n# Les lignes commençant par # ne sont pas lues ; décommentez et complétez celles qu’il vous faut.`,
  mapMatched: "reconnue par reflet",
  mapByOrder: "associée par son rang parmi les colonnes de même texte",
  mapUnmatched: (near) =>
    near ? `non reconnue : question la plus proche ${near}` : "non reconnue : pas une question ?",
  mapMissing: (item, text) => `sans colonne pour l’instant : ${item} « ${cut(text)} »`,
};

export const columnsMessages = { en, fr };
