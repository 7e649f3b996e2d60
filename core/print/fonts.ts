/**
 * Fonts of the print templates. Each stack names the Chinese office fonts first (what a
 * Windows or WPS machine has, and what reviewers expect), then the open fonts bundled in
 * resources/fonts, so a machine without the office fonts still prints every character.
 */

/** The open fonts copied into resources/fonts by scripts/copy-fonts.ts, under our own family names. */
export const BUNDLED_FONTS = [
  { id: 'serif-400', family: 'Nianbao Serif', weight: 400 },
  { id: 'serif-700', family: 'Nianbao Serif', weight: 700 },
  { id: 'sans-500', family: 'Nianbao Sans', weight: 500 },
  { id: 'kai-400', family: 'Nianbao Kai', weight: 400 },
] as const;

/** The stylesheet with every bundled @font-face rule, inside resources/fonts. */
export const FONT_CSS_FILE = 'fonts.css';
/**
 * The same rules for the editing screen, with font-display: swap: print must wait for every
 * glyph (block), but a screen that loads the fonts after its first paint must never hide text.
 */
export const SCREEN_FONT_CSS_FILE = 'fonts-screen.css';

/** Office font names per role, as Word/WPS know them (also used by the .docx export). */
export const OFFICE_FONTS = {
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'],
  hei: ['黑体', 'SimHei', 'STHeiti'],
  kai: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  song: ['宋体', 'SimSun', 'STSong'],
  xiaobiaosong: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
} as const;

export type FontRole = keyof typeof OFFICE_FONTS;

const bundledFor: Record<FontRole, string> = {
  fangsong: 'Nianbao Serif',
  hei: 'Nianbao Sans',
  kai: 'Nianbao Kai',
  song: 'Nianbao Serif',
  xiaobiaosong: 'Nianbao Serif',
};

const genericFor: Record<FontRole, string> = {
  fangsong: 'serif',
  hei: 'sans-serif',
  kai: 'serif',
  song: 'serif',
  xiaobiaosong: 'serif',
};

/** A CSS font-family value: office fonts, then the bundled open font, then the generic family. */
export function fontStack(role: FontRole, officeFirst = true): string {
  const office = officeFirst ? OFFICE_FONTS[role].map((name) => `"${name}"`) : [];
  return [...office, `"${bundledFor[role]}"`, genericFor[role]].join(', ');
}

/** The font Word should use for a role: the first office name (Word/WPS substitute when absent). */
export function docxFont(role: FontRole): string {
  return role === 'fangsong' ? '仿宋' : role === 'kai' ? '楷体' : OFFICE_FONTS[role][0];
}

/** Chinese type sizes (字号) in points. */
export const ZIHAO = {
  er: 22, // 二号
  xiaoer: 18, // 小二
  san: 16, // 三号
  si: 14, // 四号
  xiaosi: 12, // 小四
  wu: 10.5, // 五号
} as const;
