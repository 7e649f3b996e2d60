import { type FontRole, SCREEN_FONT_CSS_FILE, fontStack } from '../core/print/fonts';

const cssVariables: Record<string, FontRole> = {
  '--fangsong': 'fangsong',
  '--heiti': 'hei',
  '--kaiti': 'kai',
  '--songti': 'song',
};

/**
 * The editing page uses exactly the font stacks of the print templates: the office fonts
 * when the machine has them, else the bundled open fonts (served beside the app), so the page
 * on screen is the page that prints. Where the office fonts are missing, a long report needs
 * most of the bundled subsets: they load once the first screen is up (font-display: swap),
 * instead of holding the report's first paint for a second or more.
 */
export function installReportFonts(): void {
  for (const [variable, role] of Object.entries(cssVariables))
    document.documentElement.style.setProperty(variable, fontStack(role));
}

let loaded = false;

/** Called once a report's text is on screen: the bundled fonts follow in the next idle moment. */
export function loadBundledFontsAfterPaint(): void {
  if (loaded) return;
  loaded = true;
  const load = () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `fonts/${SCREEN_FONT_CSS_FILE}`;
    document.head.append(link);
  };
  requestAnimationFrame(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
    else window.setTimeout(load, 200);
  });
}
