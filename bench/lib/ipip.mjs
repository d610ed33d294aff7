// The benchmark's instrument: an IPIP-NEO-style inventory, 5 domains of 6 facets, 4 items a
// facet, 120 Likert items interleaved as the published form does, about 40% reverse-keyed.
// Item wording is placeholder text: only the structure matters to the timings.
import { stringify } from "yaml";

const DOMAINS = [
  {
    id: "N",
    fr: "Névrosisme",
    en: "Neuroticism",
    facets: [
      ["Anxiété", "Anxiety"],
      ["Colère", "Anger"],
      ["Humeur dépressive", "Depression"],
      ["Timidité sociale", "Self-consciousness"],
      ["Immodération", "Immoderation"],
      ["Vulnérabilité", "Vulnerability"],
    ],
  },
  {
    id: "E",
    fr: "Extraversion",
    en: "Extraversion",
    facets: [
      ["Cordialité", "Friendliness"],
      ["Grégarité", "Gregariousness"],
      ["Affirmation de soi", "Assertiveness"],
      ["Niveau d’activité", "Activity level"],
      ["Recherche de sensations", "Excitement-seeking"],
      ["Gaieté", "Cheerfulness"],
    ],
  },
  {
    id: "O",
    fr: "Ouverture",
    en: "Openness",
    facets: [
      ["Imagination", "Imagination"],
      ["Intérêts artistiques", "Artistic interests"],
      ["Émotivité", "Emotionality"],
      ["Goût de l’aventure", "Adventurousness"],
      ["Intellect", "Intellect"],
      ["Libéralisme", "Liberalism"],
    ],
  },
  {
    id: "A",
    fr: "Agréabilité",
    en: "Agreeableness",
    facets: [
      ["Confiance", "Trust"],
      ["Moralité", "Morality"],
      ["Altruisme", "Altruism"],
      ["Coopération", "Cooperation"],
      ["Modestie", "Modesty"],
      ["Sympathie", "Sympathy"],
    ],
  },
  {
    id: "C",
    fr: "Conscience",
    en: "Conscientiousness",
    facets: [
      ["Efficacité personnelle", "Self-efficacy"],
      ["Ordre", "Orderliness"],
      ["Sens du devoir", "Dutifulness"],
      ["Recherche de réussite", "Achievement-striving"],
      ["Autodiscipline", "Self-discipline"],
      ["Prudence", "Cautiousness"],
    ],
  },
];

export const ITEMS_PER_FACET = 4;
export const SCALE = { min: 1, max: 5 };
/** Levels on the mean item value: below 2.5 low, above 3.5 high, neutral between. */
export const LEVELS = { lowBelow: 2.5, highAbove: 3.5 };

/**
 * The instrument's key: item i (1-based) belongs to facet (i - 1) mod 30, as in the published
 * form where consecutive items cycle through the facets; keying follows a fixed pattern.
 */
export function ipipKey() {
  const facets = DOMAINS.flatMap((d) =>
    d.facets.map((_, f) => ({ domain: d.id, id: `${d.id}${f + 1}` })),
  );
  const items = [];
  const count = facets.length * ITEMS_PER_FACET;
  for (let i = 0; i < count; i++) {
    const facet = facets[i % facets.length];
    items.push({
      id: `i${i + 1}`,
      domain: facet.domain,
      facet: facet.id,
      reverse: (i * 7 + Math.floor(i / 30)) % 5 < 2,
    });
  }
  return {
    scale: SCALE,
    levels: LEVELS,
    domains: DOMAINS.map((d) => d.id),
    facets: facets.map((f) => f.id),
    items,
  };
}

/** The questionnaire reflet reads, as an object ready for YAML. */
export function ipipQuestionnaire() {
  const key = ipipKey();
  const label = (fr, en) => ({ fr, en });
  return {
    id: "ipip-bench",
    version: 1,
    languages: ["fr", "en"],
    title: label("Inventaire de personnalité (banc d’essai)", "Personality inventory (benchmark)"),
    description: label(
      "Questionnaire de 120 questions à la manière de l’IPIP-NEO, pour mesurer les performances de reflet.",
      "A 120-item IPIP-NEO-style questionnaire, for measuring reflet's performance.",
    ),
    minutes: 20,
    credits: [
      label(
        "Structure inspirée de l’IPIP-NEO-120 (domaine public).",
        "Structure after the IPIP-NEO-120 (public domain).",
      ),
    ],
    scales: {
      agree5: {
        points: [
          { value: 1, label: label("Très inexact", "Very inaccurate") },
          { value: 2, label: label("Plutôt inexact", "Moderately inaccurate") },
          { value: 3, label: label("Ni exact ni inexact", "Neither accurate nor inaccurate") },
          { value: 4, label: label("Plutôt exact", "Moderately accurate") },
          { value: 5, label: label("Très exact", "Very accurate") },
        ],
      },
    },
    bandSets: {
      levels: [
        { id: "low", range: `[1, ${LEVELS.lowBelow})`, label: label("bas", "low") },
        {
          id: "neutral",
          range: `[${LEVELS.lowBelow}, ${LEVELS.highAbove}]`,
          label: label("moyen", "neutral"),
        },
        { id: "high", range: `(${LEVELS.highAbove}, 5]`, label: label("haut", "high") },
      ],
    },
    dimensions: DOMAINS.map((d) => ({
      id: d.id,
      name: label(d.fr, d.en),
      aggregate: "sum",
      bandsOn: "mean",
      bands: "levels",
      facets: d.facets.map(([fr, en], f) => ({ id: `${d.id}${f + 1}`, name: label(fr, en) })),
    })),
    items: key.items.map((it, i) => ({
      id: it.id,
      type: "likert",
      scale: "agree5",
      dimension: it.domain,
      facet: it.facet,
      ...(it.reverse ? { reverse: true } : {}),
      text: label(
        `Énoncé ${i + 1} (${it.facet}${it.reverse ? ", inversé" : ""}) : je me reconnais dans cette description.`,
        `Statement ${i + 1} (${it.facet}${it.reverse ? ", reversed" : ""}): this describes me.`,
      ),
    })),
  };
}

export function ipipYaml() {
  return stringify(ipipQuestionnaire(), { lineWidth: 0 });
}
