import { type FontRole, fontStack } from '../core/print/fonts';

const cssVariables: Record<string, FontRole> = {
  '--fangsong': 'fangsong',
  '--heiti': 'hei',
  '--kaiti': 'kai',
  '--songti': 'song',
};

/**
 * The editing page uses exactly the font stacks of the print templates: the office fonts
 * when the machine has them, else the bundled open fonts (served beside the app as
 * fonts/fonts.css), so the page on screen is the page that prints.
 */
export function installReportFonts(): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'fonts/fonts.css';
  document.head.append(link);
  for (const [variable, role] of Object.entries(cssVariables)) document.documentElement.style.setProperty(variable, fontStack(role));
}
