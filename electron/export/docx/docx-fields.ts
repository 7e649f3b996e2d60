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
 * A count restarting at each chapter: \r 1 on the chapter's first, the others counting on from
 * it. Word's own \s 1 (restart after each Heading 1) is not used: LibreOffice ignores it and
 * counts through the report (7.4 showed 图2-5 for 图2-1), and docx cannot work out the cached
 * number of a \s field after an \r one. Word, LibreOffice and the cached numbers agree; in Word,
 * a caption inserted before a chapter's first one counts on from the chapter before.
 */
function chapterSwitch(n: Pick<CaptionNumber, 'numberInChapter'>): string {
  return n.numberInChapter === 1 ? ' \\r 1' : '';
}

/**
 * 图3, or 图2-3 (表 alike) where the count restarts at each Heading 1. The chapter's number
 * is text: Word's STYLEREF would give the heading's own label (第二章, 二、), not the 2 of 图2-3.
 */
export function captionNumber(prefix: '图' | '表', n: CaptionNumber, scope: FigureNumberingScope): ParagraphChild[] {
  if (scope === 'continuous') return [new TextRun(prefix), seq(prefix)];
  return [new TextRun(`${prefix}${n.chapter}-`), seq(prefix, chapterSwitch(n))];
}

/** 【案例N】 through the whole report, or 【案例2-1】 restarting at each Heading 1 as captions do. */
export function caseNumber(
  c: Pick<CaptionNumber, 'chapter' | 'numberInChapter'>,
  scope: FigureNumberingScope,
): ParagraphChild[] {
  if (scope === 'continuous') return [new TextRun('【案例'), seq('案例'), new TextRun('】')];
  return [new TextRun(`【案例${c.chapter}-`), seq('案例', chapterSwitch(c)), new TextRun('】')];
}
