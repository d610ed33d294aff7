// What an identifier and a language code look like: the schema checks them, and so does the
// plain reader of answers files (load/answers-plain.ts), which must load neither zod nor yaml.

/** Longest identifier, in UTF-16 code units (what a string's length counts). */
export const ID_MAX = 200;
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
export const ID_PATTERN = /^[^\u0000-\u001f\u007f-\u009f]+$/;
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
