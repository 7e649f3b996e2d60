import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportNote, foldNotes, importNoteKinds, note } from '../../core/import/import-notes';
import { MAX_NOTES_PER_KIND, MAX_REPORT_NOTES } from '../../core/limits';
import { importToNewReport } from '../../electron/import/import-to-report';
import { closeLater, tempDir } from '../helpers/files';

/** `n` notes of `kind`, each of its own text. */
const notes = (kind: ImportNote['kind'], n: number): ImportNote[] =>
  Array.from({ length: n }, (_, i) => ({ kind, text: `第${i + 1}处`, message: kind }));

describe('import notes folded by kind', () => {
  it('imports 6,000 chapters numbered 一、: the report keeps 500 of their notes and one counting the rest', async () => {
    const dir = tempDir();
    const input = join(dir, '重复.txt');
    writeFileSync(input, Array.from({ length: 6000 }, (_, i) => `一、基本情况\n学校开展第${i + 1}项活动。`).join('\n'));
    const meta = { organisation: '学校', year: 2025, kind: 'school' as const };
    const { file, result } = await importToNewReport(input, join(dir, '重复.nianbao'), meta);
    closeLater(file);
    const duplicate = {
      kind: 'heading-number-duplicate',
      text: '一、基本情况',
      message: '原文标题编号 一 重复使用，编号已重新生成',
    };
    expect(file.meta.importNotes).toEqual([
      ...Array.from({ length: MAX_NOTES_PER_KIND }, () => duplicate),
      {
        ...duplicate,
        text: '',
        message: `另有 ${5999 - MAX_NOTES_PER_KIND} 处同类提示未逐条列出（${duplicate.message}）`,
      },
    ]);
    expect(result.notes).toEqual(file.meta.importNotes);
  });

  it('leaves notes within the limit as they are', () => {
    const few = [
      ...notes('caption-without-photo', 53),
      ...notes('paragraphs-rejoined', 40),
      note('cover-moved', '封面'),
    ];
    expect(foldNotes(few)).toEqual(few);
  });

  it('keeps fewer of each kind when the kinds together would pass what a report keeps, in their order', () => {
    const kinds = importNoteKinds.slice(0, 12);
    const many = kinds.flatMap((kind) => notes(kind, 600));
    const folded = foldNotes(many);
    expect(folded.length).toBeLessThanOrEqual(MAX_REPORT_NOTES);
    const cap = folded.filter((n) => n.kind === kinds[0]).length - 1;
    expect(cap).toBeGreaterThan(400);
    for (const kind of kinds) {
      const ofKind = folded.filter((n) => n.kind === kind);
      expect(ofKind.slice(0, cap)).toEqual(notes(kind, cap));
      expect(ofKind[cap]).toEqual({ kind, text: '', message: `另有 ${600 - cap} 处同类提示未逐条列出（${kind}）` });
    }
  });
});
