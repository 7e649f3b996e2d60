import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, mimeFor, resolveStaticPath } from '../../electron/shell-policy';

const root = '/srv/nianbao/out/renderer';

describe('resolveStaticPath', () => {
  it('serves index.html for the root and maps paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(`${root}/index.html`);
    expect(resolveStaticPath(root, '')).toBe(`${root}/index.html`);
    expect(resolveStaticPath(`${root}/`, '/index.html')).toBe(`${root}/index.html`);
    expect(resolveStaticPath(root, '/assets/app-1234.js')).toBe(`${root}/assets/app-1234.js`);
    expect(resolveStaticPath(root, '/fonts/%E4%BB%BF%E5%AE%8B.woff2')).toBe(`${root}/fonts/仿宋.woff2`);
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2F..%2F..%2Fetc/passwd',
    '/./index.html',
    '/..\\..\\windows\\win.ini',
    '/assets%5c..%5c..%5csecret',
    '/index.html%00.png',
    '/a\u0000b',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    for (const path of ['/a/b/c', '//double//slash', '/%2fabs', '/.hidden', '/...']) {
      const resolved = resolveStaticPath(root, path);
      expect(resolved === null || resolved.startsWith(`${root}/`), path).toBe(true);
    }
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://nianbao/x', true],
    ['app://nianbao/index.html', true],
    ['app://nianbao', true],
    ['app://evil/', false],
    ['app://nianbao.evil.example/', false],
    ['app://evil.example/nianbao', false],
    ['app://nianbao:8080/', false],
    ['https://nianbao/', false],
    ['http://nianbao/index.html', false],
    ['file:///nianbao/index.html', false],
    ['javascript:alert(1)', false],
    ['app:nianbao', false],
    ['garbage', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("defaults to 'self' and loads scripts only from the app", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote host and allows no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\/\/|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('mimeFor', () => {
  it('types the renderer assets and treats anything else as opaque bytes', () => {
    expect(mimeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(mimeFor('/x/APP.JS')).toMatch(/^text\/javascript/);
    expect(mimeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeFor('/x/noext')).toBe('application/octet-stream');
  });
});
