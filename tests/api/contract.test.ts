import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type ApiHandlers, apiNames } from '../../core/api';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { createDispatcher } from '../../electron/api/dispatch';
import { type Harness, startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { createServices } from '../../electron/services/api-handlers';
import { folderDialogs } from '../../electron/services/dialogs';
import { insideFolder } from '../../electron/services/home-folder';
import { RecentFiles } from '../../electron/services/recent-files';
import { deepDocument, deepDocumentText, doc, h, list, p } from '../helpers/doc';
import { sampleMeta, tempDir } from '../helpers/files';

function services(dir: string) {
  const s = createServices({
    shell: 'harness',
    version: '9.9.9-test',
    dialogs: folderDialogs(join(dir, 'reports')),
    paths: insideFolder(dir),
    recent: new RecentFiles(join(dir, 'settings', 'recent.json')),
  });
  onTestFinished(() => s.shutdown());
  return s;
}

/** Wraps every handler to record which ones actually ran. */
function spied(handlers: ApiHandlers): { handlers: ApiHandlers; calls: string[] } {
  const calls: string[] = [];
  const wrapped = Object.fromEntries(
    Object.entries(handlers).map(([name, fn]) => [
      name,
      (params: unknown) => {
        calls.push(name);
        return (fn as (p: unknown) => unknown)(params);
      },
    ]),
  ) as ApiHandlers;
  return { handlers: wrapped, calls };
}

const tooDeep = { code: 'TOO_DEEP', message: zh.errors.TOO_DEEP };

describe('dispatcher', () => {
  it('answers an unknown call with UNKNOWN_CALL', async () => {
    const { handlers, calls } = spied(services(tempDir()).handlers);
    const dispatch = createDispatcher(handlers);
    for (const name of ['report.delete', '', 'constructor', '__proto__', 'toString']) {
      const result = await dispatch(name, {});
      expect(result, name).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CALL', message: zh.errors.UNKNOWN_CALL, detail: name },
      });
    }
    expect(calls).toEqual([]);
  });

  it('answers bad params with BAD_INPUT and never runs the handler', async () => {
    const { handlers, calls } = spied(services(tempDir()).handlers);
    const dispatch = createDispatcher(handlers);
    const bad: [string, unknown][] = [
      ['report.open', {}],
      ['report.open', { path: 42 }],
      ['report.open', { path: '   ' }],
      ['report.open', { path: '/tmp/a.nianbao', extra: true }],
      ['report.open', 'not an object'],
      ['report.create', { path: '/tmp/a.nianbao', meta: { ...sampleMeta, year: '2025' } }],
      ['report.create', { path: '/tmp/a.nianbao', meta: { ...sampleMeta, kind: 'university' } }],
      ['app.info', { unexpected: 1 }],
      ['report.saveDocument', {}],
      ['report.saveDocument', { document: doc(p('x')) }],
      [
        'report.saveDocument',
        { path: '/r.nianbao', document: { root: { type: 'paragraph', version: 1, children: [] } } },
      ],
      ['report.saveDocument', { path: '/r.nianbao', document: { root: { type: 'root', version: -1, children: [] } } }],
      [
        'report.saveDocument',
        { path: '/r.nianbao', document: { root: { type: 'root', version: 1, children: [{ type: 'paragraph' }] } } },
      ],
      ['report.saveDocument', { path: '/r.nianbao', document: doc(p('x')), extra: 1 }],
    ];
    for (const [name, params] of bad) {
      const result = await dispatch(name, params);
      expect(result.ok, `${name} ${JSON.stringify(params)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BAD_INPUT');
        expect(result.error.message).toBe(zh.errors.BAD_INPUT);
        expect(result.error.detail).toBeTruthy();
      }
    }
    expect(calls).toEqual([]);
    const rootError = await dispatch('report.saveDocument', {
      path: '/r.nianbao',
      document: { root: { type: 'paragraph', version: 1, children: [] } },
    });
    expect(rootError.ok === false && rootError.error.detail).toContain('root');
  });

  it('answers params nested 1,000, 3,000 or 100,000 deep with TOO_DEEP, measured before zod walks them', async () => {
    const { handlers, calls } = spied(services(tempDir()).handlers);
    const dispatch = createDispatcher(handlers);
    for (const levels of [1_000, 3_000, 100_000]) {
      const result = await dispatch('report.saveDocument', { path: '/r.nianbao', document: deepDocument(levels) });
      expect(result, String(levels)).toEqual({ ok: false, error: { ...tooDeep, detail: expect.any(String) } });
    }
    // Deep anywhere in the params, not only down a document's children.
    let deep: unknown[] = [];
    for (let i = 0; i < 3_000; i += 1) deep = [deep];
    expect(await dispatch('report.open', { path: deep })).toMatchObject({ ok: false, error: { code: 'TOO_DEEP' } });
    expect(calls).toEqual([]);
  });

  it('saves a document 64 levels deep and refuses one of 65 with TOO_DEEP, the limit named', async () => {
    const dir = tempDir();
    const dispatch = createDispatcher(services(dir).handlers);
    const path = join(dir, 'deep.nianbao');
    await dispatch('report.create', { path, meta: sampleMeta });
    expect((await dispatch('report.saveDocument', { path, document: deepDocument(64) })).ok).toBe(true);
    const refused = await dispatch('report.saveDocument', { path, document: deepDocument(65) });
    expect(refused).toEqual({ ok: false, error: { ...tooDeep, detail: 'document: document nested deeper than 64' } });
  });

  it('passes a ReportError from a handler through unchanged', async () => {
    const { handlers } = services(tempDir());
    const dispatch = createDispatcher({
      ...handlers,
      'app.info': () => {
        throw new ReportError('IO', 'disk unplugged');
      },
    });
    expect(await dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'IO', message: zh.errors.IO, detail: 'disk unplugged' },
    });
  });

  it('turns any other thrown error into INTERNAL and logs it', async () => {
    const { handlers } = services(tempDir());
    const logged: unknown[] = [];
    const boom = new TypeError('cannot read properties of undefined');
    const dispatch = createDispatcher(
      {
        ...handlers,
        'recent.list': async () => {
          throw boom;
        },
      },
      (err) => logged.push(err),
    );
    const result = await dispatch('recent.list', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: zh.errors.INTERNAL,
        detail: 'recent.list: cannot read properties of undefined',
      },
    });
    expect(logged).toEqual([boom]);
  });

  it('serves every call in the contract table', () => {
    const { handlers } = services(tempDir());
    expect(Object.keys(handlers).sort()).toEqual([...apiNames].sort());
  });
});

describe('services', () => {
  it('create → saveDocument → close → open returns the saved document; recent and stats follow', async () => {
    const dir = tempDir();
    const dispatch = createDispatcher(services(dir).handlers);
    const picked = await dispatch('dialog.pickReportToSave', { suggestedName: '昌吉州' });
    const path = join(dir, 'reports', '昌吉州.nianbao');
    expect(picked).toEqual({ ok: true, value: path });

    const created = await dispatch('report.create', { path, meta: sampleMeta });
    expect(created).toMatchObject({
      ok: true,
      value: { path, meta: sampleMeta, readOnly: false, readOnlyReason: null },
    });
    expect(existsSync(path)).toBe(true);

    const content = doc(
      h(1, '基本情况'),
      p('学校概况。'),
      h(2, '办学条件'),
      h(1, '学生发展'),
      h(3, '技能大赛'),
      list(['一等奖', '二等奖']),
    );
    const saved = await dispatch('report.saveDocument', { path, document: content });
    expect(saved.ok).toBe(true);
    // A save meant for another report (a stale window after a switch) is refused, not written here.
    const stale = await dispatch('report.saveDocument', {
      path: join(dir, 'reports', '别的报告.nianbao'),
      document: doc(p('别的内容')),
    });
    expect(stale.ok === false && stale.error.code).toBe('REPORT_SWITCHED');
    const savedAt = saved.ok ? (saved.value as { savedAt: string }).savedAt : '';
    expect(Number.isNaN(Date.parse(savedAt))).toBe(false);

    expect(await dispatch('report.close', {})).toEqual({ ok: true, value: null });
    expect(await dispatch('report.current', {})).toEqual({ ok: true, value: null });
    const noReport = await dispatch('report.saveDocument', { path, document: content });
    expect(noReport.ok === false && noReport.error.code).toBe('NO_REPORT_OPEN');

    const opened = await dispatch('report.open', { path });
    expect(opened).toEqual({
      ok: true,
      value: { path, meta: sampleMeta, document: content, readOnly: false, readOnlyReason: null, savedAt },
    });

    const recent = await dispatch('recent.list', {});
    expect(recent.ok).toBe(true);
    expect(recent.ok && recent.value).toEqual([expect.objectContaining({ path, title: sampleMeta.title })]);

    const stats = await dispatch('report.stats', {});
    expect(stats).toMatchObject({ ok: true, value: { headings: [2, 1, 1, 0], paragraphs: 1 } });
    expect(stats.ok && (stats.value as { chars: number }).chars).toBe(4 + 5 + 4 + 4 + 4 + 3 + 3);

    const again = await dispatch('report.create', { path, meta: sampleMeta });
    expect(again.ok === false && again.error.code).toBe('ALREADY_EXISTS');
  });

  it('answers a missing file with NOT_FOUND and keeps the current report open', async () => {
    const dir = tempDir();
    const dispatch = createDispatcher(services(dir).handlers);
    const path = join(dir, 'a.nianbao');
    await dispatch('report.create', { path, meta: sampleMeta });
    const result = await dispatch('report.open', { path: join(dir, 'missing.nianbao') });
    expect(result.ok === false && result.error.code).toBe('NOT_FOUND');
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as { path: string } | null)?.path).toBe(path);
  });
});

interface HttpResult {
  status: number;
  body: string;
}

function http(
  harness: Harness,
  opts: { method?: string; path: string; token?: string; host?: string; body?: string },
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (opts.token !== undefined) headers[TOKEN_HEADER] = opts.token;
    if (opts.host !== undefined) headers.host = opts.host;
    const req = request(
      { host: '127.0.0.1', port: harness.port, path: opts.path, method: opts.method ?? 'POST', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function harness(): Promise<{ harness: Harness; home: string }> {
  const home = tempDir();
  const h = await startHarness({ home });
  onTestFinished(() => h.close());
  return { harness: h, home };
}

describe('HTTP harness', () => {
  it('refuses calls without the token (401) and runs no handler', async () => {
    const { harness: h, home } = await harness();
    const path = join(home, 'sneaky.nianbao');
    const res = await http(h, { path: '/api/report.create', body: JSON.stringify({ path, meta: sampleMeta }) });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(existsSync(path)).toBe(false);
    const recent = await http(h, { path: '/api/recent.list', token: h.token });
    expect(JSON.parse(recent.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses a wrong token (401), including one of the same length', async () => {
    const { harness: h, home } = await harness();
    const path = join(home, 'sneaky.nianbao');
    const sameLength = h.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of ['nope', sameLength, `${h.token}x`, '']) {
      const res = await http(h, {
        path: '/api/report.create',
        token,
        body: JSON.stringify({ path, meta: sampleMeta }),
      });
      expect(res.status, token).toBe(401);
    }
    expect(existsSync(path)).toBe(false);
  });

  it('serves the contract with the right token', async () => {
    const { harness: h, home } = await harness();
    const info = await http(h, { path: '/api/app.info', token: h.token });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toEqual({
      ok: true,
      value: { shell: 'harness', version: '0.0.0-dev', nativeDialogs: false },
    });

    const picked = await http(h, {
      path: '/api/dialog.pickReportToSave',
      token: h.token,
      body: JSON.stringify({ suggestedName: 'via-http' }),
    });
    const path = join(home, 'reports', 'via-http.nianbao');
    expect(JSON.parse(picked.body)).toEqual({ ok: true, value: path });
    const created = await http(h, {
      path: '/api/report.create',
      token: h.token,
      body: JSON.stringify({ path, meta: sampleMeta }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { path, readOnly: false } });
    expect(existsSync(path)).toBe(true);

    const unknown = await http(h, { path: '/api/report.format', token: h.token, body: '{}' });
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    // Not percent-encoding at all: refused as well, by a harness still running.
    const garbled = await http(h, { path: '/api/%E0%A4%A', token: h.token, body: '{}' });
    expect(JSON.parse(garbled.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(JSON.parse((await http(h, { path: '/api/app.info', token: h.token })).body)).toMatchObject({ ok: true });
  });

  it('refuses a foreign Host header (403) even with the right token', async () => {
    const { harness: h } = await harness();
    for (const host of [
      'evil.example',
      `evil.example:${h.port}`,
      `127.0.0.1:${h.port + 1}`,
      `localhost.evil.example:${h.port}`,
    ]) {
      const res = await http(h, { path: '/api/app.info', token: h.token, host });
      expect(res.status, host).toBe(403);
      expect(res.body).not.toContain('harness');
    }
    const local = await http(h, { path: '/api/app.info', token: h.token, host: `localhost:${h.port}` });
    expect(local.status).toBe(200);
  });

  it('answers a body that is not JSON with 400 BAD_INPUT', async () => {
    const { harness: h } = await harness();
    const res = await http(h, { path: '/api/report.open', token: h.token, body: '{path: nope' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: zh.errors.BAD_INPUT },
    });
  });

  it('answers a body nested 1,000, 3,000 or 100,000 deep with TOO_DEEP, and goes on answering', async () => {
    const { harness: h } = await harness();
    for (const levels of [1_000, 3_000, 100_000]) {
      const body = `{"path":"/r.nianbao","document":${deepDocumentText(levels)}}`;
      const res = await http(h, { path: '/api/report.saveDocument', token: h.token, body });
      expect(res.status, String(levels)).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: tooDeep });
      const info = await http(h, { path: '/api/app.info', token: h.token });
      expect(JSON.parse(info.body)).toMatchObject({ ok: true });
    }
  });

  it('answers a body over its size limit with 413 BAD_INPUT rather than a dropped connection', async () => {
    const { harness: h } = await harness();
    const body = JSON.stringify({ name: 'a.jpg', dataBase64: 'A'.repeat(80 * 1024 * 1024) });
    const res = await http(h, { path: '/api/assets.add', token: h.token, body });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(JSON.parse((await http(h, { path: '/api/app.info', token: h.token })).body)).toMatchObject({ ok: true });
  });

  it('answers GET on the API with 405', async () => {
    const { harness: h } = await harness();
    const res = await http(h, { method: 'GET', path: '/api/x', token: h.token });
    expect(res.status).toBe(405);
    const info = await http(h, { method: 'GET', path: '/api/app.info', token: h.token });
    expect(info.status).toBe(405);
  });
});
