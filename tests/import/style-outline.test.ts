import { describe, expect, it } from 'vitest';
import { styleHeadingLevel } from '../../core/import/docx/heading-numbers';
import { readStyles } from '../../core/import/docx/read-styles';
import { parseXml } from '../../core/import/docx/xml-tree';

const style = (id: string, body: string, type = 'paragraph') =>
  `<w:style w:type="${type}" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${body}</w:style>`;
const outline = (n: number) => `<w:pPr><w:outlineLvl w:val="${n}"/></w:pPr>`;
const basedOn = (id: string) => `<w:basedOn w:val="${id}"/>`;

describe('outline levels of paragraph styles (styles.xml)', () => {
  it('gives a level to styles that set one or inherit it, not to body text, other types, or a basedOn cycle', () => {
    const xml = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[
      style('Normal', ''),
      style('BT1', basedOn('Normal') + outline(0)),
      style('BT2', basedOn('BT1') + outline(1)),
      style('BT2Bold', basedOn('BT2')),
      style('Deep', outline(6)),
      style('Body', basedOn('BT1') + outline(9)),
      style('CharStyle', outline(0), 'character'),
      style('LoopA', basedOn('LoopB')),
      style('LoopB', basedOn('LoopA')),
    ].join('')}</w:styles>`;
    const styles = readStyles(parseXml(xml));
    const levels = [...styles.values()]
      .filter((s) => s.type === 'paragraph')
      .map((s) => [s.id, styleHeadingLevel(s, styles)] as const);
    expect(Object.fromEntries(levels.filter(([, level]) => level !== null))).toEqual({
      BT1: 1,
      BT2: 2,
      BT2Bold: 2,
      Deep: 7,
    });
  });
});
