import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini, the functional API that keeps classic zod's methods out of the bundles. It leaves
 * messages to a locale, which classic zod sets itself: the messages the actions print (an answer's
 * field, an input) are English whichever API built the schema.
 */
z.config(en());

export { z };

/** A string matching the pattern; the message says what the value is not. */
export const stringMatching = (pattern: RegExp, message: string) =>
  z.string().check(z.regex(pattern, message));
