import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspWeaknesses, judge, type Finding } from '../security/scan';
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isSafeExternalUrl } from '../../electron/security';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.ahima.org/certification-careers/certifications-overview/ccs/',
    'https://web.archive.org/web/2023/https://www.ahima.org/',
    'https://example.org:8443/path?q=1#frag',
    'HTTPS://EXAMPLE.ORG/',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript after whitespace', ' javascript:alert(1)'],
    ['javascript with a tab', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://example.org/'],
    ['UNC path', '\\\\evil-host\\share\\payload.exe'],
    ['UNC with forward slashes', '//evil-host/share'],
    ['https with backslashes', 'https:\\\\evil-host\\share'],
    ['smb', 'smb://evil-host/share'],
    ['custom protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['blob', 'blob:https://example.org/uuid'],
    ['ftp', 'ftp://example.org/'],
    ['no host', 'https://'],
    ['only a scheme', 'https:'],
    ['single slash', 'https:/example.org'],
    ['credentials in the URL', 'https://user:pass@example.org/'],
    ['a user name in the URL', 'https://admin@example.org/'],
    ['newline inside', 'https://example.org/\nfile:///etc/passwd'],
    ['null byte', 'https://example.org/\u0000'],
    ['leading space', ' https://example.org/'],
    ['malformed', 'https://exa mple.org/'],
    ['a relative path', '/etc/passwd'],
    ['empty', ''],
    ['too long', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://example.org']])('refuses a non-string (%s)', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote origin and no wildcard', () => {
    for (const [, values] of directives) {
      for (const value of values) {
        expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      }
    }
  });

  it('locks down the fallbacks that are not inherited from default-src', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('hardenedWebPreferences', () => {
  it('isolates and sandboxes the page', () => {
    const prefs = hardenedWebPreferences('/app/out/preload/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });
});

describe('the page’s own CSP meta tag', () => {
  it('matches the header policy (frame-ancestors aside, which browsers ignore in a meta tag)', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html must carry a CSP meta tag').toBeDefined();
    const normalise = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
        .sort();
    expect(normalise(meta as string)).toEqual(normalise(CONTENT_SECURITY_POLICY));
  });
});

describe('the Electronegativity verdict', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    issue: 'X',
    severity: 'LOW',
    confidence: 'CERTAIN',
    filename: 'electron/main/main.ts',
    location: '1:1',
    sample: '',
    description: '',
    ...over,
  });

  it('passes reviewed MEDIUM findings and the scanner’s note on the header constant', () => {
    expect(
      judge(
        [
          finding({ issue: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', description: 'Review the use of openExternal' }),
          finding({ issue: 'CSP_GLOBAL_CHECK', filename: 'electron/security.ts', sample: 'N/A', description: 'Failed to parse CSP, it may not be valid.' }),
          finding({ issue: 'CSP_GLOBAL_CHECK', filename: 'renderer/index.html', description: 'One or more CSP directives detected seems to be vulnerable' }),
        ],
        CONTENT_SECURITY_POLICY,
      ),
    ).toEqual([]);
  });

  it('fails on a HIGH finding, a missing CSP, a weak CSP, or an unparsable one elsewhere', () => {
    expect(judge([finding({ issue: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH' })], CONTENT_SECURITY_POLICY)).toHaveLength(1);
    expect(judge([finding({ description: 'No CSP has been detected in the target application' })], CONTENT_SECURITY_POLICY)).toHaveLength(1);
    expect(judge([finding({ description: 'One or more CSP directives detected are vulnerable' })], CONTENT_SECURITY_POLICY)).toHaveLength(1);
    expect(judge([finding({ description: 'Failed to parse CSP, it may not be valid.', sample: "script-src 'self" })], CONTENT_SECURITY_POLICY)).toHaveLength(1);
    expect(judge([], "default-src *; script-src 'unsafe-inline' 'unsafe-eval' https:")).not.toEqual([]);
  });

  it('finds nothing weak in the app’s header policy', () => {
    expect(cspWeaknesses(CONTENT_SECURITY_POLICY)).toEqual([]);
  });
});
