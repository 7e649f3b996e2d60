import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocxBytes } from '../../electron/import/import-file';
import { seamText } from '../../core/import/text-repair';
import { collectPhotos } from '../../electron/import/collect-photos';
import { syntheticReport } from '../fixtures/synthetic-report';
import { RUNNING_HEADER, pdfConvertedDocx } from './pdf-converted-docx';
import { printedLines, withPageEnds } from './printed-lines';
import { expectSameOutline, outlineShape, textOutline } from './text-outline';

const synthetic = syntheticReport();
const importDocx = async (bytes: Buffer) => importDocxBytes(bytes, collectPhotos().addPhoto);
/**
 * A Word file of one section holding `lines`, each a paragraph of its own; `blank` puts an empty one after each, as
 * pasting a text file with blank lines does.
 */
const wordFile = async (lines: readonly string[], { blank = false } = {}) =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: lines.flatMap((line) => (blank ? [new Paragraph(line), new Paragraph('')] : [new Paragraph(line)])),
        },
      ],
    }),
  );
const reportLines = synthetic.text
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
/**
 * One paragraph holding `lines`, each ended by a line break (Shift+Enter, ↓): how Word takes in text whose lines end in
 * a bare line feed.
 */
const brokenParagraph = (lines: readonly string[]) =>
  new Paragraph({ children: lines.map((text, i) => new TextRun({ text, break: i ? 1 : 0 })) });

describe('text copied out of a PDF and pasted into Word: sentences cut at the PDF’s page ends, no break there', () => {
  it('imports as the report’s text does: every cut sentence joined, every wrapped caption whole', async () => {
    const clean = textOutline(synthetic.text).shape;
    for (const blank of [false, true]) {
      const result = await importDocx(await wordFile(reportLines, { blank }));
      const back = outlineShape(result);
      expectSameOutline(back, clean, 0);
      expect(back.paragraphs).toEqual(clean.paragraphs);
      // Why the paragraphs were joined comes first, with the first seam to look at.
      const pasted = result.notes.find((n) => n.kind === 'pasted-from-pdf');
      const [first] = synthetic.pageBreaks;
      expect(pasted?.text).toBe(seamText(first!.before, first!.after));
      expect(pasted?.message).toContain(`从 PDF 复制粘贴来的（${synthetic.pageBreaks.length} 处句子断成两段）`);
      expect(result.notes.filter((n) => n.kind === 'paragraphs-rejoined')).toHaveLength(synthetic.pageBreaks.length);
    }
  });

  it('imports as the report’s text does with page numbers and running headers among it, as 全选 copies', async () => {
    const { bytes } = await pdfConvertedDocx(synthetic.text, { pasted: true });
    const result = await importDocx(bytes);
    const back = outlineShape(result);
    expectSameOutline(back, textOutline(synthetic.text).shape, 0);
    expect(back.paragraphs).toEqual(textOutline(synthetic.text).shape.paragraphs);
    expect(result.notes[0]?.kind).toBe('pasted-from-pdf');
    expect(result.notes.find((n) => n.kind === 'page-furniture-left-out')?.text).toContain(RUNNING_HEADER);
  });

  it('imports as the report’s text does when every printed line was pasted as a paragraph', async () => {
    const result = await importDocx(await wordFile(reportLines.flatMap((line) => printedLines(line, 60))));
    expectSameOutline(outlineShape(result), textOutline(synthetic.text).shape, 3);
    expect(result.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['pasted-from-pdf', 'lines-unwrapped']));
  });

  it('tells printed lines pasted as paragraphs by their one width, though long paragraphs give few cuts', async () => {
    // The report's paragraphs three by three, 20 characters a line: about 45 lines each.
    const clean = textOutline(synthetic.text).shape.paragraphs;
    const long = Array.from({ length: Math.ceil(clean.length / 3) }, (_, i) => clean.slice(i * 3, i * 3 + 3).join(''));
    const result = await importDocx(await wordFile(long.flatMap((p) => printedLines(p, 40))));
    expect(result.notes[0]?.kind).toBe('pasted-from-pdf');
    // Each paragraph whole again (one whose last line is exactly full runs on into the next); a space at a line's end
    // is lost.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const back = outlineShape(result).paragraphs.map(squeeze);
    for (const p of long) expect(back.some((b) => b.includes(squeeze(p)))).toBe(true);
    expect(back.length).toBeGreaterThan(long.length * 0.75);
  });

  it('imports as the report’s text does from printed lines pasted as line breaks (↓) in one paragraph', async () => {
    const lines = reportLines.flatMap((line) => printedLines(line, 60));
    // Also with each page's number and running header among the lines, as 全选 copies them.
    const pages = withPageEnds(lines, { every: 30, furniture: (n) => [`- ${n} -`, RUNNING_HEADER] });
    for (const pasted of [lines, pages]) {
      const result = await importDocx(
        await Packer.toBuffer(new Document({ sections: [{ children: [brokenParagraph(pasted)] }] })),
      );
      const back = outlineShape(result);
      // As text copied the same way: a line exactly full looks like one that goes on.
      expectSameOutline(back, textOutline(synthetic.text).shape, 3);
      expect(back.paragraphs.filter((p) => p.includes(RUNNING_HEADER) || /- \d+ -/.test(p))).toEqual([]);
      expect(result.notes.map((n) => n.kind)).toEqual(
        expect.arrayContaining(['pasted-from-pdf', 'lines-unwrapped', 'cover-moved']),
      );
    }
  });

  it('a case pasted with a ↓ ending each printed line: its paragraphs put back, the report’s own ↓ kept', async () => {
    const report = textOutline(synthetic.text).shape.paragraphs.slice(0, 30);
    // Enough of a case for its lines to show one width: eight full lines.
    const casePara = [
      '学校围绕区域新能源汽车产业发展需求，主动对接龙头企业，探索“厂中校、校中厂”合作模式，校企双方共同投入建设实训基地，共同组建教学团队。',
      '学校联合本地龙头企业共建现代产业学院，围绕新能源汽车、智能制造等专业群，共同制定人才培养方案，共同开发课程标准和教材，企业工程师常驻学校授课。',
      '产业学院运行两年来，累计培养技术技能人才1200余名，毕业生在合作企业就业比例达到45%，企业满意度持续保持在95%以上，形成了可复制、可推广的校企合作育人模式。',
      '下一步，学校将继续深化产教融合，扩大合作企业范围，推动更多专业与产业精准对接，为区域经济社会发展提供更加有力的技能人才支撑。',
    ];
    const pasted = brokenParagraph([
      '【案例1】校企共建产业学院 打造技能人才培养高地',
      ...casePara.flatMap((p) => printedLines(p, 60)),
    ]);
    // The report's author parted a line with Shift+Enter: no printed line is full there, so it is read as before, one
    // paragraph.
    const address = brokenParagraph(['联系地址：昌吉市北京南路', '联系电话：0994-1234567']);
    const children = [
      ...report.slice(0, 15).map((p) => new Paragraph(p)),
      pasted,
      ...report.slice(15).map((p) => new Paragraph(p)),
      address,
    ];
    const result = await importDocx(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const back = outlineShape(result);
    expect(back.cases).toEqual(['校企共建产业学院 打造技能人才培养高地']);
    expect(back.paragraphs).toEqual([
      ...report.slice(0, 15),
      ...casePara,
      ...report.slice(15),
      '联系地址：昌吉市北京南路联系电话：0994-1234567',
    ]);
    // The note quotes the first lines put together, where 体检 finds them.
    expect(result.notes.find((n) => n.kind === 'lines-unwrapped')?.text).toBe(
      printedLines(casePara[0]!, 60).slice(0, 2).join(''),
    );
  });

  it('a Word author’s paragraphs that lack a full stop now and then are read as they are', async () => {
    // The report's paragraphs as its author would have written them in Word: whole.
    const written = textOutline(synthetic.text).shape.paragraphs;
    // Every fifteenth one followed by another loses its full stop: more than five, but too few among so many to be a
    // PDF's cuts.
    const careless = written.map((p, i) => (i % 15 === 0 && i + 1 < written.length ? p.replace(/。$/, '') : p));
    // Each paragraph ends with a full stop, so every fifteenth but the last has one to lose.
    expect(careless.filter((p, i) => p !== written[i]).length).toBe(Math.ceil((written.length - 1) / 15));
    expect(careless.filter((p, i) => p !== written[i]).length).toBeGreaterThan(5);
    const result = await importDocx(await wordFile(careless));
    expect(outlineShape(result).paragraphs).toEqual(careless);
    expect(result.notes.map((n) => n.kind)).not.toContain('pasted-from-pdf');

    // A list of honours without full stops, an item a paragraph: one run of such ends, however long, is a list, not a
    // PDF's pages.
    const honours = [
      '学校被评为自治区职业教育工作先进集体单位称号',
      '学校获评全国职业院校数字校园建设试点学校称号',
      '学校入选自治区优质中等职业学校建设单位名单',
      '学校获评自治区级文明校园和平安校园示范学校',
      '学校被认定为自治区级中职学校实训基地建设单位',
      '学校获评全国民族团结进步创建示范单位荣誉称号',
    ];
    const listed = [...written.slice(0, 10), ...honours, ...written.slice(10, 20)];
    const list = await importDocx(await wordFile(listed));
    expect(outlineShape(list).paragraphs).toEqual(listed);
    expect(list.notes.map((n) => n.kind)).not.toContain('pasted-from-pdf');

    // Fewer than five such paragraphs are never taken for cuts, however short the file.
    const short = [
      '学校坚持立德树人，全面推进课程思政建设，形成了具有特色的育人体系',
      '学校深化产教融合，与42家企业共建实训基地，学生实习对口率持续提升',
      '学校面向区域产业开展技能培训，年培训量超过5000人次，服务地方发展',
      '学校现有专业12个，在校生3200人，毕业生就业率达到96%以上的水平',
      '开展送教下乡活动。',
    ];
    const few = await importDocx(await wordFile(short));
    expect(outlineShape(few).paragraphs).toEqual(short);
  });

  it('a school’s case pasted with its page numbers into a bureau’s report: only its cut sentences joined', async () => {
    // The bureau's own text, one paragraph of it without its full stop: that is its author's, and stays.
    const paragraphs = textOutline(synthetic.text).shape.paragraphs;
    const report = paragraphs.slice(0, 40).map((p, i) => (i === 5 ? p.replace(/。$/, '') : p));
    expect(report[5]).not.toMatch(/。$/);
    const caseLines = [
      '【案例1】校企共建产业学院 打造技能人才培养高地',
      '学校联合本地龙头企业共建现代产业学院，围绕新能源汽车、智能制造等专业群，共同制定人才培养方案，共同开发',
      '- 7 -',
      '课程标准和教材，企业工程师常驻学校授课，学生在真实生产环境中完成实训任务，校企双方共同考核学生的',
      '- 8 -',
      '岗位能力。产业学院运行两年来，累计培养技术技能人才1200余名，企业满意度持续保持在95%以上。',
      // The case's last page ended on a whole sentence: its number came along all the same.
      '- 9 -',
    ];
    const result = await importDocx(await wordFile([...report.slice(0, 20), ...caseLines, ...report.slice(20)]));
    expect(outlineShape(result).paragraphs).toEqual([
      ...report.slice(0, 20),
      '学校联合本地龙头企业共建现代产业学院，围绕新能源汽车、智能制造等专业群，共同制定人才培养方案，共同开发课程标准和教材，' +
        '企业工程师常驻学校授课，学生在真实生产环境中完成实训任务，校企双方共同考核学生的岗位能力。' +
        '产业学院运行两年来，累计培养技术技能人才1200余名，企业满意度持续保持在95%以上。',
      ...report.slice(20),
    ]);
    expect(result.notes[0]).toMatchObject({
      kind: 'pasted-from-pdf-in-part',
      text: '等专业群，共同制定人才培养方案，共同开发｜课程标准和教材，企业工程师常驻学校授课，',
    });
    expect(result.notes[0]?.message).toMatch(/（2 处句子在页码或页眉处断成两段）/);
    expect(result.notes.filter((n) => n.kind === 'paragraphs-rejoined')).toHaveLength(2);
    expect(result.notes.find((n) => n.kind === 'page-furniture-left-out')?.text).toBe('- 7 - / - 8 - / - 9 -');

    // Without the numbers two cuts among forty whole paragraphs are no more than an author's slips: read as they are.
    const bare = caseLines.filter((line) => !/^- \d+ -$/.test(line));
    const slips = await importDocx(await wordFile([...report.slice(0, 20), ...bare, ...report.slice(20)]));
    expect(outlineShape(slips).paragraphs).toEqual([...report.slice(0, 20), ...bare.slice(1), ...report.slice(20)]);
    expect(slips.notes.map((n) => n.kind)).not.toContain('pasted-from-pdf-in-part');
  });
});
