import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { syntheticReport } from '../fixtures/synthetic-report';
import { textOutline } from './text-outline';

const report = syntheticReport().text;
/**
 * A line as copied out of a PDF that sets its text a character at a time: a space after each, wider where the text had
 * one.
 */
const spacedOut = (line: string) =>
  line
    .split(' ')
    .map((word) => [...word].join(' '))
    .join('  ');

describe('text copied out of a PDF with a space after every character', () => {
  it('is closed up: the report spaced out so imports as the report does, with a note', () => {
    const { result, shape } = textOutline(report.split('\n').map(spacedOut).join('\n'));
    expect(shape).toEqual(textOutline(report).shape);
    const note = result.notes.find((n) => n.kind === 'letter-spacing-closed');
    expect(Number(note?.message.match(/\d+/)?.[0])).toBeGreaterThan(100);
  });

  it('leaves ordinary lines as they are, spaces between phrases and beside digits too', () => {
    expect(importText(report).notes.map((n) => n.kind)).not.toContain('letter-spacing-closed');
    const { shape } = textOutline(
      [
        '一、基本情况',
        spacedOut('学校现有在校生3200人，教职工210人。'),
        '红韵启智 思政育人，2024 年 9 月开展活动。',
      ].join('\n'),
    );
    expect(shape.paragraphs).toEqual([
      '学校现有在校生3200人，教职工210人。',
      '红韵启智 思政育人，2024 年 9 月开展活动。',
    ]);
  });
});

describe('text copied out of a PDF with look-alike characters (Kangxi radicals: ⼀ for 一)', () => {
  it('has them replaced by the characters they stand for: the report so imports as it does, with a note', () => {
    const lookAlikes: Record<string, string> = { 一: '⼀', 人: '⼈', 大: '⼤', 长: '⻓', 门: '⻔', 见: '⻅' };
    const copied = report.replace(/[一人大长门见]/g, (ch) => lookAlikes[ch]!);
    expect(copied).toContain('第⼀');
    const { result, shape } = textOutline(copied);
    expect(shape).toEqual(textOutline(report).shape);
    const note = result.notes.find((n) => n.kind === 'look-alikes-replaced');
    expect(Number(note?.message.match(/\d+/)?.[0])).toBe([...report].filter((ch) => ch in lookAlikes).length);
    expect(importText(report).notes.map((n) => n.kind)).not.toContain('look-alikes-replaced');
  });
});

describe('text copied from a web page or a WeChat article', () => {
  it('drops invisible characters (zero-width spaces, soft hyphens), which would hide its headings and cases', () => {
    const { shape } = textOutline(
      ['一、\u200b基本情况', '\ufeff【案例1】\u200b校企\u00ad合作', '学校与企业共建实训基地。'].join('\n'),
    );
    expect(shape.headings).toEqual(['1 基本情况']);
    expect(shape.cases).toEqual(['校企合作']);
  });
});

describe('text typed in the input method’s full-width mode', () => {
  it('has its digits and letters set half-width, so its numbered headings, cases and captions are known', () => {
    const { result, shape } = textOutline(
      [
        '一、基本情况',
        '（一）办学规模',
        '学校现有在校生３２００人，开设ＳＹＢ课程。',
        '１．专业设置',
        '【案例１】校企合作',
        '学校与企业合作。',
        '图１　实训基地',
      ].join('\n'),
    );
    expect(shape.headings).toEqual(['1 基本情况', '2 办学规模', '3 专业设置']);
    expect(shape.cases).toEqual(['校企合作']);
    expect(shape.figures).toEqual(['实训基地']);
    expect(shape.paragraphs).toContain('学校现有在校生3200人，开设SYB课程。');
    expect(result.notes.find((n) => n.kind === 'full-width-alphanumerics')?.message).toContain('10 个');
    expect(importText(report).notes.map((n) => n.kind)).not.toContain('full-width-alphanumerics');
  });
});
