import type { ActionCore } from './runtime.js';

export const MASK = '***';

/** Every form in which a secret can reach a message: raw, form-encoded, URL-encoded, JSON-escaped. */
function encodings(secret: string): string[] {
  return [
    secret,
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** The one place that knows the secrets: registers them with the runner and scrubs our own text. */
export class Redactor {
  private readonly forms = new Set<string>();

  constructor(private readonly setSecret: ActionCore['setSecret']) {}

  register(secret: string | undefined): void {
    if (!secret || this.forms.has(secret)) return;
    this.setSecret(secret);
    for (const form of encodings(secret)) this.forms.add(form);
  }

  scrub(text: string): string {
    const longestFirst = [...this.forms].sort((a, b) => b.length - a.length);
    return longestFirst.reduce((out, form) => out.split(form).join(MASK), text);
  }
}
