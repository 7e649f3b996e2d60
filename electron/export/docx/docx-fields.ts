import { type ParagraphChild, SequentialIdentifier, TextRun } from 'docx';
import type { CaptionNumber, FigureNumberingScope } from '../../../core/numbering';

/**
 * Numbers of captions and cases as Word SEQ fields, so Word renumbers them on 更新域 after the
 * user inserts or moves a photo, a table or a case. The identifiers 图 and 表 are the labels
 * Chinese Word's 插入题注 uses, so a caption the user adds there joins the same sequence.
 * docx writes each as a complex field (whose result our own import reads) with, given
 * the page estimate, its result counted as Word counts it, switches included; tests check those
 * results against the report tree's numbers.
 */
function seq(identifier: string, switches = ''): SequentialIdentifier {
  return new SequentialIdentifier(`${identifier} \\* ARABIC${switches}`);
}

/**
 * 图3, or 图2-3 (表 alike) where the count restarts at each Heading 1 (\s 1). The chapter's number
 * is text: Word's STYLEREF would give the heading's own label (第二章, 二、), not the 2 of 图2-3.
 */
export function captionNumber(prefix: '图' | '表', n: CaptionNumber, scope: FigureNumberingScope): ParagraphChild[] {
  if (scope === 'continuous') return [new TextRun(prefix), seq(prefix)];
  return [new TextRun(`${prefix}${n.chapter}-`), seq(prefix, ' \\s 1')];
}

/** 【案例N】 through the whole report, or 【案例2-1】 restarting at each Heading 1 as captions do. */
export function caseNumber(c: Pick<CaptionNumber, 'chapter'>, scope: FigureNumberingScope): ParagraphChild[] {
  if (scope === 'continuous') return [new TextRun('【案例'), seq('案例'), new TextRun('】')];
  return [new TextRun(`【案例${c.chapter}-`), seq('案例', ' \\s 1'), new TextRun('】')];
}
