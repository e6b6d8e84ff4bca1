import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/** Whether openssl, which makes the certificates, is installed: tests that need one skip, saying so, without it. */
export const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/**
 * A key and a self-signed certificate for 127.0.0.1 valid one day: its own certificate authority, as a
 * provincial network's CA is to the host.
 */
export function selfSignedCertificate(commonName = '127.0.0.1'): { key: string; cert: string } {
  const tmp = tempDir();
  try {
    const [keyFile, certFile] = [join(tmp.dir, 'key.pem'), join(tmp.dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${commonName}`, '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    tmp.cleanup();
  }
}
