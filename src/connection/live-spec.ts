import type { Redactor } from '../github/redact.js';
import {
  authProblems,
  authSpecNamed,
  secretParams,
  type AuthInputs,
  type ConnectionSpec,
} from '../platform/flow-service/connection-spec.js';
import type { ConnectionAuth } from '../platform/flow-service/schemas.js';
import { stringEntries } from './source-auth.js';

/** What the live connection spec says of the `auth` the inputs make. */
export interface SpecVerdict {
  /** One line per problem; none when the spec accepts `auth`. */
  problems: string[];
  /** The params the spec marks `format: "password"` for this auth spec. */
  secrets: ReadonlySet<string>;
}

/** Checks `auth` against the live spec, and registers every value of a secret param. */
export function judgeAuth(
  spec: ConnectionSpec,
  auth: ConnectionAuth,
  inputs: AuthInputs,
  redactor: Redactor,
): SpecVerdict {
  const named = authSpecNamed(spec, auth.specName);
  const secrets = new Set(named ? secretParams(named) : []);
  for (const name of secrets) {
    if (Object.hasOwn(auth.params, name))
      for (const [, value] of stringEntries(auth.params[name])) redactor.register(value);
  }
  return { problems: authProblems(spec, auth, inputs), secrets };
}

const listed = (problems: string[]) => problems.map((p) => `- ${p}`).join('\n');

/** Before a write (or a dry run's plan of one): the run stops here. */
export function refusedBeforeWriting(specId: string, problems: string[]): Error {
  return new Error(
    `The live connection spec ${specId} refuses the inputs, so nothing was written:\n${listed(problems)}`,
  );
}

/** A reuse writes nothing: the connection stays, and the warning says what a write would meet. */
export function refusedOnReuse(specId: string, connectionId: string, problems: string[]): string {
  return `The live connection spec ${specId} refuses the inputs; connection ${connectionId} is reused as it is, but creating or updating a connection with these inputs would fail:\n${listed(problems)}`;
}
