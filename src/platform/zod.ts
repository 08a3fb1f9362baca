import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/** zod/mini leaves messages to a locale; classic zod's were English, and the actions print them. */
const { localeError } = en();

/** Parses with English messages for the issues whose schema gives none of its own. */
export const safeParseInEnglish = <S extends z.core.$ZodType>(schema: S, value: unknown) =>
  z.safeParse(schema, value, { error: localeError });

/** A string matching the pattern; the message says what the value is not. */
export const stringMatching = (pattern: RegExp, message: string) =>
  z.string().check(z.regex(pattern, message));
