import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
  /** The certificate in a file of its own, for NODE_EXTRA_CA_CERTS. */
  certFile: string;
}

/**
 * A self-signed certificate for 127.0.0.1, localhost and `names`, made now with openssl (on the
 * CI machine and this one), so no key pair is committed. Node trusts it through its file.
 */
export function throwawayCertificate(names: string[] = []): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'aep-sf-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const altNames = ['IP:127.0.0.1', 'DNS:localhost', ...names.map((name) => `DNS:${name}`)];
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-subj', '/CN=localhost', '-addext', `subjectAltName=${altNames.join(',')}`],
      ...['-keyout', keyFile, '-out', certFile],
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}
