import { Buffer } from 'node:buffer';
import type { ActionCore } from './runtime.js';

const MASK = '***';

/** Shorter encoded forms would mask unrelated text; the raw secret is masked at any length. */
const MIN_ENCODED_FORM = 4;

const unicodeEscape = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
const upperHex = (escaped: string) =>
  escaped.replace(/\\u(\w{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`);

/** `/` as `\/` (PHP and many gateways), `< > &` as `\u003c \u003e \u0026` (Go's encoding/json). */
const slashEscaped = (json: string) => json.replace(/\//g, '\\/');
const htmlSafe = (json: string) => json.replace(/[<>&]/g, unicodeEscape);

/**
 * JSON string forms: as JSON.stringify writes it, with `/` or `< > &` escaped as other encoders
 * do, non-ASCII escaped (ensure_ascii), and every character escaped.
 */
function jsonForms(secret: string): string[] {
  const plain = JSON.stringify(secret).slice(1, -1);
  const ascii = plain.replace(/[^\x20-\x7e]/g, unicodeEscape);
  const allEscaped = secret.split('').map(unicodeEscape).join('');
  const encoderStyles = [plain, ascii].flatMap((form) => [
    slashEscaped(form),
    htmlSafe(form),
    slashEscaped(htmlSafe(form)),
  ]);
  return [plain, ascii, upperHex(ascii), allEscaped, upperHex(allEscaped), ...encoderStyles];
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** As an HTML page would show it, entities for the five characters HTML reserves. */
const htmlEscaped = (secret: string) => secret.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);

/** Percent-encoded forms, with upper-case hex (as JavaScript writes it) and lower-case hex. */
function percentForms(secret: string): string[] {
  const forms = [
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURIComponent(secret),
  ];
  const lowerHex = (form: string) => form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
  return [...forms, ...forms.map(lowerHex)];
}

/**
 * Base64 forms: the whole secret encoded alone, and, for each of the three alignments the secret
 * can have inside a longer encoded text (`user:secret` in a Basic header), the characters made
 * only of the secret's bits.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const alone = bytes.toString('base64');
  const forms = [alone, alone.replace(/=+$/, ''), bytes.toString('base64url')];
  for (const shift of [0, 1, 2]) {
    const shifted = Buffer.concat([Buffer.alloc(shift), bytes]);
    const first = Math.ceil((shift * 8) / 6);
    const end = Math.floor((shifted.length * 8) / 6);
    forms.push(shifted.toString('base64').slice(first, end));
    forms.push(shifted.toString('base64url').slice(first, end));
  }
  return forms;
}

/** Every form in which a secret can reach a message: raw, percent-encoded, JSON, HTML, base64. */
function encodings(secret: string): string[] {
  const encoded = [
    ...percentForms(secret),
    ...jsonForms(secret),
    htmlEscaped(secret),
    ...base64Forms(secret),
  ];
  return [secret, ...encoded.filter((form) => form.length >= MIN_ENCODED_FORM)];
}

/** The one place that knows the secrets: registers them with the runner and scrubs our own text. */
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly forms = new Set<string>();

  constructor(private readonly setSecret: ActionCore['setSecret']) {}

  register(secret: string | undefined): void {
    if (!secret || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.setSecret(secret);
    for (const form of encodings(secret)) this.forms.add(form);
  }

  scrub(text: string): string {
    const longestFirst = [...this.forms].sort((a, b) => b.length - a.length);
    return longestFirst.reduce((out, form) => out.split(form).join(MASK), text);
  }
}
