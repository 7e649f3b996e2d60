import { describe, expect, it } from 'vitest';
import { formatHeadingNumber } from '../../core/numbering';
import { chapterLabels, headingNumberingStyles } from '../../core/report-meta';
import { headingLevelShapes } from '../../electron/export/docx/docx-numbering';
import { renderLevelText } from './docx-xml';

describe('heading numbering in Word', () => {
  const paths = [[1], [2], [11], [2, 1], [3, 12], [2, 3, 1], [4, 1, 2, 3], [1, 10, 2, 4]];
  for (const style of headingNumberingStyles) {
    for (const chapters of chapterLabels) {
      it(`draws ${style} / ${chapters} numbers as the editor and the PDF label headings`, () => {
        const levels = headingLevelShapes(style, chapters).map((l) => ({
          format: l.format,
          text: l.text,
          legal: l.isLegalNumberingStyle,
        }));
        expect(levels).toHaveLength(4);
        for (const path of paths) {
          expect(renderLevelText(levels, path, path.length - 1), path.join('.')).toBe(
            formatHeadingNumber(path, style, chapters),
          );
        }
      });
    }
  }
});
