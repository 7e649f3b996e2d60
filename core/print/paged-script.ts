import { BUNDLED_FONTS, type FontRole, OFFICE_FONTS } from './fonts';
import { PAGE_FILL_SCRIPT } from './page-fill-script';
import { LINE_GRID_SCRIPT } from './line-grid-script';

/**
 * The script the print page runs around Paged.js (kept as source text: it runs in the
 * page, not in our bundle). Before pagination it waits until every bundled font face the
 * text needs and every photo is loaded and decoded, so Paged.js measures final glyphs and
 * image sizes, and keeps a case's start (and a heading right above it) from being left at a
 * page foot; after pagination it writes the page numbers (front matter i, ii…; body from
 * 1; the cover none) at the outside corner of the printed number's parity, fills the TOC,
 * waits for the paged copies of the photos, then sets `window.__nianbaoPrint` (and posts it to
 * the frame's parent). Printers wait for that flag: never for a fixed time.
 */
export const PRINT_READY_FLAG = '__nianbaoPrint';
/** Logged to the console as Paged.js lays out each page, so printers can report progress. */
export const PRINT_PAGES_MESSAGE = 'nianbao-pages:';

/** The number of pages laid out so far, from a console message of the print page; null for other messages. */
export function pagesLaidOut(message: string): number | null {
  if (!message.startsWith(PRINT_PAGES_MESSAGE)) return null;
  const n = Number(message.slice(PRINT_PAGES_MESSAGE.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** What a printed page belongs to: its number is none (cover), roman (front matter) or arabic. */
export type PageZone = 'cover' | 'front' | 'body';

export interface PrintReadyInfo {
  pages?: number;
  /** Per page, in order: the PDF's page labels follow the printed numbers. */
  zones?: PageZone[];
  /** Per font role, the office font installed here, or null when the bundled substitute prints it. */
  fonts?: Partial<Record<FontRole, string | null>>;
  /** The scale to print at: the inverse of the zoom the page is laid out at (see printZoom). */
  scale?: number;
  error?: string;
}

export function pagedScript(): string {
  const faces = BUNDLED_FONTS.map((f) => `${f.weight} 16px "${f.family}"`);
  return `(function () {
  'use strict';
  var faces = ${JSON.stringify(faces)};
  function decodeAll(root) {
    return Promise.all(Array.prototype.map.call(root.querySelectorAll('img'), function (img) {
      return img.decode().catch(function () { return undefined; });
    }));
  }
  async function settle(root) {
    // Each character once: FontFaceSet.load matches every character of its text against every
    // unicode-range face, so the report's whole text (twice, before and after pagination) cost
    // most of a second; the faces it loads depend only on which characters occur.
    var text = Array.from(new Set(document.body.textContent || '')).join('');
    // Photos decode off the main thread while the fonts load: neither waits for the other.
    var decoded = decodeAll(root);
    await Promise.all(faces.map(function (f) {
      return document.fonts.load(f, text).catch(function () { return []; });
    }));
    await document.fonts.ready;
    await decoded;
  }
${LINE_GRID_SCRIPT}${PAGE_FILL_SCRIPT}
  function roman(n) {
    var out = '', table = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    for (var i = 0; i < table.length; i++) while (n >= table[i][0]) { out += table[i][1]; n -= table[i][0]; }
    return out;
  }
  function number() {
    var pages = Array.prototype.slice.call(document.querySelectorAll('.pagedjs_page'));
    var zone = 'body', front = 0, body = 0, labels = new Map(), zones = [];
    var head = document.body.getAttribute('data-running-head');
    pages.forEach(function (page) {
      var marked = page.querySelector('[data-zone]');
      if (marked) zone = marked.getAttribute('data-zone');
      zones.push(zone);
      if (zone === 'cover') return;
      var n = zone === 'front' ? ++front : ++body;
      var label = zone === 'front' ? roman(n) : String(n);
      labels.set(page, label);
      // A page left blank so the next part opens on a right-hand page is counted but not numbered.
      if (page.classList.contains('pagedjs_blank_page')) return;
      var box = page.querySelector('.pagedjs_pagebox') || page;
      var folio = document.createElement('div');
      folio.className = 'folio ' + (n % 2 === 1 ? 'odd' : 'even');
      folio.textContent = '\\u2014 ' + label + ' \\u2014';
      box.appendChild(folio);
      if (head && zone === 'body') {
        var running = document.createElement('div');
        running.className = 'running-head';
        running.textContent = head;
        box.appendChild(running);
      }
    });
    document.querySelectorAll('.toc-entry').forEach(function (entry) {
      var target = document.getElementById((entry.getAttribute('href') || '').slice(1));
      var page = target && target.closest('.pagedjs_page');
      var slot = entry.querySelector('.toc-page');
      if (slot) slot.textContent = (page && labels.get(page)) || '';
    });
    return { pages: pages.length, zones: zones };
  }
  // When a case's title and first line no longer fit at a page foot, Paged.js breaks inside the
  // case, before its title: the case's empty frame stays behind, and so does a heading right
  // above it (its break-after: avoid is read only beside the overflowing title). Such a break
  // is moved to before the case, or before that heading.
  function keepCaseStarts(Paged) {
    function blank(node) { return node.nodeType === 3 && !node.textContent.trim(); }
    class KeepCaseStarts extends Paged.Handler {
      onOverflow(overflow) {
        var box = overflow && overflow.startContainer;
        if (!box || !box.classList || !box.classList.contains('case')) return undefined;
        for (var i = 0; i < overflow.startOffset; i++) if (!blank(box.childNodes[i])) return undefined;
        var target =
          box.previousElementSibling && box.previousElementSibling.getAttribute('data-break-after') === 'avoid'
            ? box.previousElementSibling
            : box;
        return breakBefore(target, overflow);
      }
    }
    Paged.registerHandlers(KeepCaseStarts);
  }
  function breakBefore(target, overflow) {
    // First on its page: breaking before it would leave the page empty.
    if (!target.previousElementSibling) return undefined;
    var moved = document.createRange();
    moved.setStartBefore(target);
    moved.setEnd(overflow.endContainer, overflow.endOffset);
    return moved;
  }
  // A table caption's break-after: avoid is not read either: when not one body row of the table
  // fits under it, the break is moved to before the caption.
  function keepTableCaptions(Paged) {
    class KeepTableCaptions extends Paged.Handler {
      onOverflow(overflow) {
        var start = overflow && overflow.startContainer;
        if (!start) return undefined;
        var at = start.nodeType === 1 ? (start.childNodes[overflow.startOffset] || start) : start.parentElement;
        var table = at && at.closest && at.closest('table');
        if (!table || table.hasAttribute('data-split-from')) return undefined;
        var firstRow = table.querySelector(':scope > tbody > tr');
        var afterFirstRow = firstRow && firstRow !== at && !firstRow.contains(at) &&
          (firstRow.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING);
        var caption = table.previousElementSibling;
        if (afterFirstRow || !caption || !caption.classList.contains('table-caption')) return undefined;
        return breakBefore(caption, overflow);
      }
    }
    Paged.registerHandlers(KeepTableCaptions);
  }
  // A table running onto another page starts there with a copy of its column widths and header
  // rows (Paged.js rebuilds only the bare <table>), put in as the page's first row is laid out
  // so the page measures them. Copies lose their data-ref attributes: Paged.js maps rendered
  // nodes back to the source by them.
  function repeatTableHeaders(Paged) {
    function copyOf(part) {
      var copy = part.cloneNode(true);
      copy.setAttribute('data-repeated', '');
      [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('[data-ref]'))).forEach(function (el) {
        el.removeAttribute('data-ref');
      });
      return copy;
    }
    class RepeatTableHeaders extends Paged.Handler {
      renderNode(clone, node) {
        var at = clone.nodeType === 1 ? clone : clone.parentElement;
        var table = at && at.closest && at.closest('table[data-split-from]');
        if (!table || table.querySelector(':scope > [data-repeated]')) return;
        var source = node.parentElement && node.parentElement.closest('table');
        if (!source) return;
        var first = table.firstChild;
        ['colgroup', 'thead'].forEach(function (tag) {
          var part = source.querySelector(':scope > ' + tag);
          if (part && !table.querySelector(':scope > ' + tag)) table.insertBefore(copyOf(part), first);
        });
      }
    }
    Paged.registerHandlers(RepeatTableHeaders);
  }
  // The 打印预览 frame is sandboxed (another origin): the app page hears of the flag by message.
  function finish(info) {
    window.${PRINT_READY_FLAG} = info;
    if (window.parent !== window) window.parent.postMessage({ ${PRINT_READY_FLAG}: info }, '*');
  }
  // A local font is found by measuring Latin text in it against two generic fallbacks: when
  // neither width changes, the name matched no installed font (CJK glyphs are all 1 em wide,
  // so Latin is what tells fonts apart). Which office font serves each role is reported,
  // so the export can warn when a substitute set the text.
  function installedFonts() {
    var stacks = ${JSON.stringify(OFFICE_FONTS)}, out = {};
    var ctx = document.createElement('canvas').getContext('2d');
    var sample = 'abcdefghijklmnopqrstuvwxyz0123456789WMiIl';
    function width(family) { ctx.font = '72px ' + family; return ctx.measureText(sample).width; }
    function installed(name) {
      return ['monospace', 'serif'].some(function (generic) {
        return width('"' + name + '", ' + generic) !== width(generic);
      });
    }
    Object.keys(stacks).forEach(function (role) {
      out[role] = stacks[role].filter(installed)[0] || null;
    });
    return out;
  }
  function fail(err) {
    finish({ error: String(err && err.stack || err) });
  }
  // Paged.js loads every font face of the document before it lays out (Chunker.loadFonts): with
  // the bundled fonts' unicode-range subsets that is 400 files (15 MB) fetched and decoded,
  // most for characters the report never uses. settle() has already loaded every face the
  // text needs, so the chunker only waits for those.
  function loadOnlyUsedFonts(Paged) {
    Paged.Chunker.prototype.loadFonts = function () { return document.fonts.ready; };
  }
  window.PagedConfig = {
    auto: true,
    before: function () {
      var laidOut = 0;
      if (window.Paged) {
        keepCaseStarts(window.Paged);
        keepTableCaptions(window.Paged);
        repeatTableHeaders(window.Paged);
        fillPages(window.Paged);
        loadOnlyUsedFonts(window.Paged);
      }
      // The polyfill's previewer (its UMD global) announces each page it lays out.
      if (window.PagedPolyfill && window.PagedPolyfill.on) {
        window.PagedPolyfill.on('page', function () {
          console.debug(${JSON.stringify(PRINT_PAGES_MESSAGE)} + (++laidOut));
        });
      }
      return settle(document).then(snapToLineGrid).catch(fail);
    },
    after: function () {
      try {
        var numbered = number();
        var zoom = Number(getComputedStyle(document.documentElement).zoom) || 1;
        settle(document).then(function () {
          finish({ pages: numbered.pages, zones: numbered.zones, scale: 1 / zoom, fonts: installedFonts() });
        }, fail);
      } catch (err) { fail(err); }
    }
  };
  window.addEventListener('error', function (e) { if (!window.${PRINT_READY_FLAG}) fail(e.message); });
})();`;
}
