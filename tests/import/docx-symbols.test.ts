import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocxParagraph } from '../../core/import/docx/model';
import { paragraphText } from '../../core/import/docx/read-body';
import { readDocxModel } from '../../core/import/docx/read-package';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { paragraph, run } from '../fixtures/ooxml/word-package';
import { editDocx } from './edit-docx';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
const inFont = (font: string, text: string) =>
  run(text, `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="宋体"/>`);

function texts(body: string): { texts: string[]; symbolsLeftOut: number } {
  const model = readDocxModel({ document: documentXml(body) });
  return {
    texts: model.body.filter((b): b is DocxParagraph => b.kind === 'paragraph').map(paragraphText),
    symbolsLeftOut: model.counts.symbols,
  };
}

describe('symbols from Word’s symbol fonts come in as the characters they print', () => {
  it('w:sym in Wingdings, Wingdings 2 and Symbol: check marks, boxes, arrows and the signs of figures', () => {
    expect(
      texts(
        paragraph(
          run('是否达标：') + sym('Wingdings 2', 'F052') + run('是 ') + sym('Wingdings 2', 'F0A3') + run('否'),
        ) +
          paragraph(sym('Wingdings', 'F0FC') + run('已完成 ') + sym('Wingdings', 'F0FE') + sym('Wingdings', 'F0A8')) +
          paragraph(run('流程') + sym('Wingdings', 'F0E0') + run('审核') + sym('Symbol', 'F0AE') + run('发布')) +
          paragraph(
            run('误差') +
              sym('Symbol', 'F0B1') +
              run('0.5，2') +
              sym('Symbol', 'F0B4') +
              run('3') +
              sym('Symbol', 'F0B8') +
              run('6') +
              sym('symbol', 'B3') +
              run('1，x') +
              sym('Symbol', 'F0A3') +
              run('9'),
          ),
      ),
    ).toEqual({
      texts: ['是否达标：☑是 □否', '✓已完成 ☑☐', '流程→审核→发布', '误差±0.5，2×3÷6≥1，x≤9'],
      symbolsLeftOut: 0,
    });
  });

  it('text typed in a symbol font (ü in Wingdings prints ✓); its Chinese is left as it is', () => {
    expect(texts(paragraph(inFont('Wingdings', 'ü') + run('合格 ') + inFont('Wingdings 2', 'R完成')))).toEqual({
      texts: ['✓合格 ☑完成'],
      symbolsLeftOut: 0,
    });
  });

  it('a symbol not known is left out and counted; a w:sym of a plain font is its character', () => {
    expect(
      texts(paragraph(run('图标') + sym('Webdings', 'F061') + sym('Wingdings', 'F08C') + sym('Arial', '2013'))),
    ).toEqual({
      texts: ['图标–'],
      symbolsLeftOut: 2,
    });
  });

  it('the import says how many it left out', async () => {
    const bytes = await editDocx(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('图标SYMBOL说明')] }] })),
      { 'word/document.xml': (xml) => xml.replace('SYMBOL', `</w:t></w:r>${sym('Webdings', 'F061')}<w:r><w:t>`) },
    );
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(result.notes.filter((n) => n.kind === 'symbols-left-out').map((n) => n.message)).toEqual([
      expect.stringContaining('1 个'),
    ]);
  });
});
