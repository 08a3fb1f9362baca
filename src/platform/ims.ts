import { z } from 'zod/mini';
import { stringMatching } from './zod.js';
import type { Http } from './http.js';
import { parseJsonAnswer } from './json-answer.js';
import type { Redactor } from '../github/redact.js';

const imsTokenSchema = z.object({
  // Registered as a secret: a short or spaced one would mask ordinary words in every message.
  access_token: stringMatching(
    /^[\x21-\x7e]{16,16384}$/,
    'not a token (16 or more visible characters)',
  ),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.number()),
});

export type AdobeCredential =
  | { kind: 'client-secret'; clientSecret: string; scopes: string }
  | { kind: 'access-token'; accessToken: string };

/** One way of getting the bearer token for Flow Service, per auth mode. */
export interface TokenSource {
  readonly description: string;
  token(): Promise<string>;
}

export interface ImsOptions {
  http: Http;
  redactor: Redactor;
  imsUrl: string;
  clientId: string;
}

function givenToken(accessToken: string): TokenSource {
  return { description: 'the access-token input', token: async () => accessToken };
}

function clientCredentials(o: ImsOptions, clientSecret: string, scopes: string): TokenSource {
  const label = 'POST /ims/token/v3';
  return {
    description: 'Adobe IMS (OAuth Server-to-Server)',
    async token() {
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: o.clientId,
        client_secret: clientSecret,
        scope: scopes,
      }).toString();
      const answer = await o.http.request({
        label,
        request: {
          method: 'POST',
          url: `${o.imsUrl}/ims/token/v3`,
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
          },
          body,
        },
        baseUrlInput: 'ims-url',
        parse: (response) => parseJsonAnswer(label, response, imsTokenSchema),
      });
      o.redactor.register(answer.access_token);
      return answer.access_token;
    },
  };
}

export function tokenSource(credential: AdobeCredential, options: ImsOptions): TokenSource {
  return credential.kind === 'access-token'
    ? givenToken(credential.accessToken)
    : clientCredentials(options, credential.clientSecret, credential.scopes);
}
