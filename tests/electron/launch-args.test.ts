import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArgs, reportPathFromArgv } from '../../electron/launch-args';

describe('cliArgs', () => {
  it('returns the arguments after --cli, or null for a normal launch', () => {
    expect(cliArgs(['/opt/nianbao/nianbao', '--cli', 'stats', 'a.nianbao', '--json'])).toEqual([
      'stats',
      'a.nianbao',
      '--json',
    ]);
    expect(cliArgs(['/opt/nianbao/nianbao', '--cli'])).toEqual([]);
    expect(cliArgs(['/opt/nianbao/nianbao', 'a.nianbao'])).toBeNull();
  });
});

describe('reportPathFromArgv', () => {
  it('finds the report file a double-click passes, resolved against the launch folder', () => {
    expect(reportPathFromArgv(['/opt/nianbao/nianbao', '/tmp/a.nianbao'], '/home/u')).toBe('/tmp/a.nianbao');
    expect(reportPathFromArgv(['/opt/nianbao/nianbao', 'b.NIANBAO'], '/home/u')).toBe(resolve('/home/u', 'b.NIANBAO'));
  });

  it('ignores the executable, switches and other files', () => {
    expect(reportPathFromArgv(['/opt/x.nianbao'], '/')).toBeNull();
    expect(reportPathFromArgv(['/opt/nianbao/nianbao', '.', '--flag=a.nianbao', 'notes.txt'], '/')).toBeNull();
    expect(reportPathFromArgv(['/opt/nianbao/nianbao', 'a.nianbao', 'b.nianbao'], '/r')).toBe('/r/b.nianbao');
  });
});
