// What a batch says about a workbook (.xlsx) it cannot read, and one it cannot write, in both
// languages.
import type { WorkbookProblem } from "../../xlsx/errors.ts";

type Said = { message: string; hint?: string };
const listed = (names: readonly string[], q: (s: string) => string) =>
  names.slice(0, 10).map(q).join(", ") + (names.length > 10 ? ", …" : "");

const en = {
  problem: (code: WorkbookProblem, sheet: string | undefined, sheets: readonly string[]): Said => {
    switch (code) {
      case "not-zip":
        return {
          message: "not an Excel workbook (.xlsx): it cannot be opened as one",
          hint: "a password-protected or old .xls workbook? save it as .xlsx, or as CSV UTF-8",
        };
      case "encrypted":
        return { message: "an encrypted workbook", hint: "save it without a password" };
      case "unsupported":
        return {
          message: "a workbook compressed in a way reflet does not read",
          hint: "save it again from Excel or LibreOffice, or as CSV UTF-8",
        };
      case "too-big":
        return {
          message: "the workbook unpacks to more than reflet reads (256 MB for a sheet)",
          hint: "a damaged or hostile file? else split the answers, or save them as CSV UTF-8",
        };
      case "too-many-entries":
        return {
          message: "the workbook holds more than 10,000 parts: not read",
          hint: "a damaged or hostile file? save the answers as CSV UTF-8",
        };
      case "too-many-strings":
        return {
          message: "the workbook holds more than 1,000,000 distinct texts: not read",
          hint: "split the answers, or save them as CSV UTF-8",
        };
      case "bad-xml":
        return {
          message: "the workbook is damaged: a part of it cannot be read",
          hint: "open it in Excel or LibreOffice and save it again",
        };
      case "no-sheet":
        return sheet !== undefined && sheets.length > 0
          ? {
              message: `no sheet "${sheet}" in this workbook`,
              hint: `its sheets: ${listed(sheets, (s) => `"${s}"`)}`,
            }
          : { message: "a workbook without a sheet", hint: "export the answers again" };
    }
  },
  fromStdin: (): Said => ({
    message: "a workbook (.xlsx) cannot be read from standard input",
    hint: "give the file's name instead of -",
  }),
  // Writing results as a workbook (--format xlsx).
  sheet: "Results",
  toTerminal:
    "reflet: a workbook is not written to a terminal: name a file with --output results.xlsx, or redirect standard output",
  tooLarge: (rows: boolean) => ({
    message: rows
      ? "more results than a sheet holds (1,048,575 rows): workbook not written"
      : "the workbook would be larger than 4 GB: not written",
    hint: "write them as CSV: --format csv",
  }),
};

const fr: typeof en = {
  problem: (code, sheet, sheets) => {
    switch (code) {
      case "not-zip":
        return {
          message: "pas un classeur Excel (.xlsx) : il ne s’ouvre pas comme tel",
          hint: "un classeur protégé par mot de passe, ou un ancien .xls ? enregistrez-le en .xlsx, ou en CSV UTF-8",
        };
      case "encrypted":
        return { message: "un classeur chiffré", hint: "enregistrez-le sans mot de passe" };
      case "unsupported":
        return {
          message: "un classeur compressé d’une façon que reflet ne lit pas",
          hint: "enregistrez-le à nouveau depuis Excel ou LibreOffice, ou en CSV UTF-8",
        };
      case "too-big":
        return {
          message: "le classeur décompressé dépasse ce que reflet lit (256 Mo pour une feuille)",
          hint: "un fichier abîmé ou malveillant ? sinon, répartissez les réponses, ou enregistrez-les en CSV UTF-8",
        };
      case "too-many-entries":
        return {
          message: "le classeur contient plus de 10 000 parties : non lu",
          hint: "un fichier abîmé ou malveillant ? enregistrez les réponses en CSV UTF-8",
        };
      case "too-many-strings":
        return {
          message: "le classeur contient plus de 1 000 000 de textes différents : non lu",
          hint: "répartissez les réponses, ou enregistrez-les en CSV UTF-8",
        };
      case "bad-xml":
        return {
          message: "le classeur est abîmé : une de ses parties ne se lit pas",
          hint: "ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau",
        };
      case "no-sheet":
        return sheet !== undefined && sheets.length > 0
          ? {
              message: `pas de feuille « ${sheet} » dans ce classeur`,
              hint: `ses feuilles : ${listed(sheets, (s) => `« ${s} »`)}`,
            }
          : { message: "un classeur sans feuille", hint: "exportez à nouveau les réponses" };
    }
  },
  fromStdin: () => ({
    message: "un classeur (.xlsx) ne se lit pas sur l’entrée standard",
    hint: "donnez le nom du fichier au lieu de -",
  }),
  sheet: "Résultats",
  toTerminal:
    "reflet : un classeur ne s’écrit pas dans un terminal : nommez un fichier avec --output resultats.xlsx, ou redirigez la sortie standard",
  tooLarge: (rows) => ({
    message: rows
      ? "plus de résultats qu’une feuille n’en contient (1 048 575 lignes) : classeur non écrit"
      : "le classeur dépasserait 4 Go : non écrit",
    hint: "écrivez-les en CSV : --format csv",
  }),
};

export const workbookMessages = { en, fr };
