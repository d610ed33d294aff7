// What the data folder says, in both languages: why it cannot be used (one entry per
// StoreProblem, errors.ts), and the damaged entries skipped while reading it.

/** "4, 9, 12" or "4, 9, 12, 15, 20, …": the first few lines, enough to find the damage. */
const lineList = (lines: readonly number[]) =>
  lines.length > 5 ? `${lines.slice(0, 5).join(", ")}, …` : lines.join(", ");

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
  // Entries skipped while reading, without failing.
  skipped: (file: string, lines: readonly number[]) =>
    lines.length === 1
      ? `reflet: 1 damaged entry skipped in ${file} (line ${lines[0]}: cut short by a crash or a full disk, or edited by hand?)`
      : `reflet: ${lines.length} damaged entries skipped in ${file} (lines ${lineList(lines)}: cut short by a crash or a full disk, or edited by hand?)`,
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
  skipped: (file, lines) =>
    lines.length === 1
      ? `reflet : 1 entrée abîmée ignorée dans ${file} (ligne ${lines[0]} : coupée par un arrêt brutal ou un disque plein, ou modifiée à la main ?)`
      : `reflet : ${lines.length} entrées abîmées ignorées dans ${file} (lignes ${lineList(lines)} : coupées par un arrêt brutal ou un disque plein, ou modifiées à la main ?)`,
};

export const storeMessages = { en, fr };
