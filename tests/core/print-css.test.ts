import { describe, expect, it } from 'vitest';
import { printCss } from '../../core/print/print-css';
import { PRINT_TEMPLATES } from '../../core/print/templates';

describe('print stylesheet', () => {
  it('never fakes a bold 小标宋 for titles', () => {
    const css = printCss(PRINT_TEMPLATES.gongwen);
    for (const rule of ['.cover-title', '.front-title']) {
      const body = new RegExp(`\\${rule} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      expect(body, rule).toContain('font-synthesis: none');
    }
  });
});
