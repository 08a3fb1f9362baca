import { z } from 'zod/mini';
import { clip } from '../github/log.js';
import { SALESFORCE_CONNECTION_SPEC_ID } from './flow-service/specs.js';

const flowServiceErrorSchema = z.object({
  type: z.string(),
  title: z.optional(z.string()),
  report: z.optional(
    z.object({
      'detailed-message': z.optional(z.string()),
      'request-id': z.optional(z.string()),
    }),
  ),
  errorMessage: z.optional(z.string()),
  errorDetails: z.optional(z.unknown()),
});

const gatewayErrorSchema = z.object({ error_code: z.string(), message: z.optional(z.string()) });

const imsErrorSchema = z.object({ error: z.string(), error_description: z.optional(z.string()) });

export interface ApiErrorDetails {
  call: string;
  status: number;
  /** For an HTML error page: what it is, rather than its markup. */
  page?: string;
  code?: string | undefined;
  title?: string | undefined;
  detail?: string | undefined;
  requestId?: string | undefined;
}

/** What users can do about the errors they will actually meet, keyed by Adobe's code. */
const HINTS: Record<string, string> = {
  '1413-400': `The connection spec is not one Flow Service knows: check connection-spec-id (the Salesforce source is ${SALESFORCE_CONNECTION_SPEC_ID}).`,
  '1415-400': 'The auth spec name is not one the Salesforce connection spec knows.',
  '1404-412': 'The connection changed since it was read (stale etag).',
  '1445-400':
    'PATCH on connections is not enabled for this organization: use if-exists: create, or ask Adobe to enable it.',
  '1418-400': 'The connection is used by a dataflow: delete or update the dataflow first.',
  '2000-401': 'The credential has no access to this IMS organization: check org-id.',
  '2100-404': 'The sandbox does not exist or the credential cannot see it: check sandbox-name.',
  '2101-404': 'The sandbox does not exist or the credential cannot see it: check sandbox-name.',
  '2118-403':
    'The API credential\'s role may not write sources in this sandbox: give it "Manage Sources" and the sandbox (Experience Platform → Permissions → Roles).',
  '2121-403':
    'The API credential\'s role needs the "Manage Sources" permission for this sandbox (Experience Platform → Permissions → Roles).',
  '401013':
    'The access token is invalid or expired: use client-secret so the action fetches a fresh one.',
  '403010': 'No access token was sent or it was empty.',
  '403003': 'client-id (x-api-key) does not match the credential the token was issued for.',
  invalid_client:
    'client-id or client-secret is wrong, or the credential is not OAuth Server-to-Server.',
  invalid_scope:
    'A scope is not granted to this credential: add the Experience Platform API to the project, or adjust scopes.',
};

function describe(d: ApiErrorDetails): string {
  const page = d.page ? ` (${d.page})` : '';
  const code = d.code ? ` ${d.code}` : '';
  const title = d.title ? `: ${d.title}` : '';
  const detail = d.detail && d.detail !== d.title ? `: ${d.detail}` : '';
  const requestId = d.requestId ? ` (request id ${d.requestId})` : '';
  const hint = d.code ? HINTS[shortCode(d.code)] : undefined;
  return `${d.call} failed with HTTP ${d.status}${page}${code}${title}${detail}${requestId}${hint ? `\n${hint}` : ''}`;
}

/** `FLOW-1415-400` → `1415-400`; gateway and IMS codes are already short. */
function shortCode(code: string): string {
  return code.replace(/^[A-Z]+-(?=\d+-\d+$)/, '');
}

export class ApiError extends Error {
  constructor(readonly details: ApiErrorDetails) {
    super(describe(details));
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.details.code && shortCode(this.details.code);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fromBody(body: unknown): Omit<ApiErrorDetails, 'call' | 'status'> | undefined {
  const flow = flowServiceErrorSchema.safeParse(body);
  if (flow.success) {
    const { type, title, report, errorMessage } = flow.data;
    return {
      code: type.split('/').pop(),
      title,
      detail: report?.['detailed-message'] ?? errorMessage,
      requestId: report?.['request-id'],
    };
  }
  const gateway = gatewayErrorSchema.safeParse(body);
  if (gateway.success) return { code: gateway.data.error_code, title: gateway.data.message };
  const ims = imsErrorSchema.safeParse(body);
  if (ims.success) return { code: ims.data.error, title: ims.data.error_description };
  return undefined;
}

const MAX_UNPARSED_BODY = 300;
const MAX_TITLE = 100;

/** A proxy's or gateway's error page: its `<title>` says what 300 characters of markup would not. */
function htmlPage(body: string, headers: Record<string, string>): string | undefined {
  const html =
    /html/i.test(headers['content-type'] ?? '') || /<!doctype html|<html[\s>]/i.test(body);
  if (!html) return undefined;
  const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
  if (!title) return 'HTML page';
  return `HTML page: ${JSON.stringify(clip(title, MAX_TITLE))}`;
}

function unparsed(body: string, headers: Record<string, string>): Partial<ApiErrorDetails> {
  const page = htmlPage(body, headers);
  return page ? { page } : { detail: body.trim().slice(0, MAX_UNPARSED_BODY) || undefined };
}

/**
 * One error type for every non-2xx answer from IMS, Adobe's gateway or Flow Service. The body is
 * scrubbed before any of it is cut, so a secret is masked whole, never shown up to the cut.
 */
export function apiErrorFrom(
  call: string,
  status: number,
  headers: Record<string, string>,
  text: string,
  scrub: (text: string) => string,
): ApiError {
  const body = scrub(text);
  const parsed = fromBody(parseJson(body)) ?? unparsed(body, headers);
  return new ApiError({
    call,
    status,
    ...parsed,
    requestId: parsed.requestId ?? headers['x-request-id'],
  });
}
