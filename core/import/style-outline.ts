import type { SourcePara } from './source-blocks';

/** A heading level as a source declares it (Word styles, Markdown #). */
export type StyleLevel = NonNullable<SourcePara['styleLevel']>;

const HAN_LEVELS = '一二三四五六七八九';

/**
 * The level of Word's heading styles by name ("heading 1", "标题 1", id "Heading1"), and of the 一级标题… of many Chinese
 * templates.
 */
export function styleNameLevel(name: string, id = ''): StyleLevel | undefined {
  const trimmed = name.trim();
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(trimmed) ?? /^heading([1-9])$/i.exec(id);
  const han = /^([一二三四五六七八九])级标题$/.exec(trimmed);
  const level = m ? Number(m[1]) : han ? HAN_LEVELS.indexOf(han[1]!) + 1 : 0;
  return level ? (Math.min(4, level) as StyleLevel) : undefined;
}
