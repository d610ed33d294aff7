// What compare says, in both languages: each problem names the file (and line) and what to do.
const list = (xs: readonly string[]) => xs.join(", ");

const en = {
  notRead: (file: string, detail: string) => `reflet: ${file}: cannot be read (${detail})`,
  notAFile: "not a file",
  empty: (file: string) =>
    `reflet: ${file}: no results in this file (give a file written by reflet batch --output)`,
  badJson: (file: string, line: number, detail: string) =>
    `${file}:${line}: not a batch record (${detail}; give a file written by reflet batch --output)`,
  notRecord: (file: string, line: number) =>
    `${file}:${line}: not a batch record (give a file written by reflet batch --output)`,
  badHeader: (file: string) =>
    `${file}:1: not batch results: no participant, questionnaire, version or <id>.percent column (give a file written by reflet batch --output)`,
  badCsvRow: (file: string, line: number, cells: number, header: number) =>
    `${file}:${line}: this row has ${cells} cells where the header has ${header} (give the file as reflet batch wrote it)`,
  badNumber: (file: string, line: number, column: string, cell: string) =>
    `${file}:${line}: column "${column}": "${cell}" is not a number (give the file as reflet batch wrote it)`,
  mixed: (file: string, line: number, a: string, b: string) =>
    `${file}:${line}: results of ${b} among results of ${a} (one questionnaire and version per file)`,
  duplicate: (file: string, line: number, id: string) =>
    `${file}:${line}: participant "${id}" appears more than once (keep one record per person)`,
  noGroup: (file: string, name: string) =>
    `reflet: ${file}: no "${name}" field or column for --group-by (name one the results hold)`,
  otherQuestionnaire: (before: string, a: string, after: string, b: string) =>
    `reflet: ${before} holds results of ${a}, ${after} of ${b}: only results of the same questionnaire and version can be compared (score both waves with one version)`,
  noCommon: (before: string, after: string) =>
    `reflet: no participant is in both ${before} and ${after}, so nobody can be matched (score both waves with --pseudonymize and the same key, or compare the two groups as a whole with --unpaired)`,
  byRow: (example: string) =>
    `reflet: warning: the people matched are known by their row only (${example}, …): row 2 of one export need not be the person of row 2 of the other (score both waves with --id-column NAME, the column that says who answered)`,
  otherVersion: (id: string, model: string, results: string) =>
    `reflet: warning: questionnaire ${id} found here is version ${model}, the results are version ${results}: names and band order are taken from version ${model}`,
  badMinGroup: (value: string) =>
    `reflet: --min-group: "${value}" is not a whole number of at least 1 (e.g. --min-group 5)`,
  badSummary: (file: string) =>
    `reflet: --summary ${file}: the name must end in .html, .md or .json (e.g. --summary impact.html)`,
  badReliability: (value: string) =>
    `reflet: --reliability: "${value}" is neither a file nor ID=VALUE pairs with values between 0 and 1 (e.g. --reliability calm=0.82,listen=0.75, or the JSON of the first wave's batch --summary)`,
  reliabilityOther: (file: string, a: string, b: string) =>
    `reflet: --reliability ${file}: a summary of ${a}, the results are of ${b} (give the first wave's summary)`,
  unknownTarget: (id: string, known: readonly string[]) =>
    `reflet: --reliability: no dimension or facet "${id}" (known: ${list(known)})`,
  formatNeedsOutput: () =>
    `reflet: --output needs --format csv or json, or a name ending in .csv or .json`,
  wrote: (files: string) => `written: ${files}`,
};

export type CompareMessages = typeof en;

const fr: CompareMessages = {
  notRead: (file, detail) => `reflet : ${file} : illisible (${detail})`,
  notAFile: "pas un fichier",
  empty: (file) =>
    `reflet : ${file} : aucun résultat dans ce fichier (donnez un fichier écrit par reflet batch --output)`,
  badJson: (file, line, detail) =>
    `${file}:${line} : pas un enregistrement de batch (${detail} ; donnez un fichier écrit par reflet batch --output)`,
  notRecord: (file, line) =>
    `${file}:${line} : pas un enregistrement de batch (donnez un fichier écrit par reflet batch --output)`,
  badHeader: (file) =>
    `${file}:1 : pas des résultats de batch : pas de colonne participant, questionnaire, version ou <id>.percent (donnez un fichier écrit par reflet batch --output)`,
  badCsvRow: (file, line, cells, header) =>
    `${file}:${line} : cette ligne a ${cells} cellules, l’en-tête ${header} (donnez le fichier tel que reflet batch l’a écrit)`,
  badNumber: (file, line, column, cell) =>
    `${file}:${line} : colonne « ${column} » : « ${cell} » n’est pas un nombre (donnez le fichier tel que reflet batch l’a écrit)`,
  mixed: (file, line, a, b) =>
    `${file}:${line} : des résultats de ${b} parmi des résultats de ${a} (un seul questionnaire et une seule version par fichier)`,
  duplicate: (file, line, id) =>
    `${file}:${line} : la personne « ${id} » apparaît plus d’une fois (gardez un enregistrement par personne)`,
  noGroup: (file, name) =>
    `reflet : ${file} : pas de champ ni de colonne « ${name} » pour --group-by (nommez-en un que les résultats contiennent)`,
  otherQuestionnaire: (before, a, after, b) =>
    `reflet : ${before} contient des résultats de ${a}, ${after} de ${b} : seuls des résultats du même questionnaire, dans la même version, se comparent (évaluez les deux vagues avec une seule version)`,
  noCommon: (before, after) =>
    `reflet : aucune personne n’est à la fois dans ${before} et dans ${after}, personne ne peut donc être apparié (évaluez les deux vagues avec --pseudonymize et la même clé, ou comparez les deux groupes dans leur ensemble avec --unpaired)`,
  byRow: (example) =>
    `reflet : attention : les personnes appariées ne sont connues que par leur ligne (${example}, …) : la ligne 2 d’un export n’est pas forcément la personne de la ligne 2 de l’autre (évaluez les deux vagues avec --id-column NOM, la colonne qui dit qui a répondu)`,
  otherVersion: (id, model, results) =>
    `reflet : attention : le questionnaire ${id} trouvé ici est en version ${model}, les résultats en version ${results} : les noms et l’ordre des niveaux viennent de la version ${model}`,
  badMinGroup: (value) =>
    `reflet : --min-group : « ${value} » n’est pas un nombre entier d’au moins 1 (par exemple --min-group 5)`,
  badSummary: (file) =>
    `reflet : --summary ${file} : le nom doit finir par .html, .md ou .json (par exemple --summary impact.html)`,
  badReliability: (value) =>
    `reflet : --reliability : « ${value} » n’est ni un fichier ni des paires ID=VALEUR entre 0 et 1 (par exemple --reliability calm=0.82,listen=0.75, ou le JSON de la synthèse --summary du batch de la première vague)`,
  reliabilityOther: (file, a, b) =>
    `reflet : --reliability ${file} : une synthèse de ${a}, les résultats sont de ${b} (donnez la synthèse de la première vague)`,
  unknownTarget: (id, known) =>
    `reflet : --reliability : pas de dimension ni de facette « ${id} » (connues : ${list(known)})`,
  formatNeedsOutput: () =>
    `reflet : --output demande --format csv ou json, ou un nom finissant par .csv ou .json`,
  wrote: (files) => `écrit : ${files}`,
};

export const compareMessages = { en, fr };
