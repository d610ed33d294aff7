// What `reflet list` says, in both languages.
import { counted } from "../../i18n/plural.ts";

const en = {
  invalid: (file: string, cmd: string) =>
    `reflet: ${file}: not a valid questionnaire (${cmd} validate ${file})`,
  none: "reflet: no questionnaire found (add .yaml files to ./questionnaires or use --dir)",
  items: (n: number) => counted("en", n, "item", "items"),
  minutes: (n: number) => `~${n} min`,
};

const fr: typeof en = {
  invalid: (file, cmd) => `reflet : ${file} : questionnaire invalide (${cmd} validate ${file})`,
  none: "reflet : aucun questionnaire trouvé (ajoutez des fichiers .yaml dans ./questionnaires ou utilisez --dir)",
  items: (n) => counted("fr", n, "question", "questions"),
  minutes: (n) => `~${n} min`,
};

export const listMessages = { en, fr };
