import { FIGURE_ROW_GAP_MM } from './figure-size';

/**
 * In-page source (see paged-script.ts): a Paged.js handler that keeps a page from ending in a
 * hole. When a page ends before a figure (a photo, a chart or a row of them) that did not fit,
 * with more than a few lines left empty, the page is laid out again from the same start,
 * trying in turn what a typesetter would:
 * 1. the figure shrunk by up to 15 %, then with the photos above it on the page a line smaller;
 * 2. the figure moved after the text that follows it in its case or section (it floats down);
 * 3. the figure moved before the text that precedes it there and starts on this page, so that
 *    text runs on to the next page instead (it floats up: a case that ends in a photo row).
 * A figure never moves past another figure, a heading or out of its case, and its caption goes
 * with it. A case whose title and first two lines do not fit starts with one line instead of
 * leaving a hole. When nothing of that fills the page (a case closing with two figures), the
 * page before ends a line or two earlier, so two pages end a little short rather than one
 * with a hole. Paged.js goes on from the break token, updated in place.
 */
export const PAGE_FILL_SCRIPT = `
  function fillPages(Paged) {
    var LEAST_SCALE = 0.85;
    var MOST_MOVES = 4;
    // What a reader sees as a hole (the issue's 40 mm, less the space under a line's glyphs).
    var HOLE_MM = 38;
    // A photo, or a chart drawn as SVG: both carry their pixel size as width and height.
    var PICTURE = 'img, .chart > svg';
    // A CSS length in the page's pixels, the unit layout rectangles come in.
    function pixels(css) {
      var probe = document.createElement('div');
      probe.style.height = css;
      document.body.appendChild(probe);
      var h = probe.getBoundingClientRect().height;
      probe.remove();
      return h;
    }
    function mm(n) { return pixels(n + 'mm'); }
    function isText(el) { return !!el && /^(P|UL|OL)$/.test(el.tagName); }
    function unitAt(token) {
      var node = token && token.node;
      var el = node && (node.nodeType === 1 ? node : node.parentElement);
      var figure = el && el.closest && el.closest('figure, .figure-row');
      if (!figure || !figure.querySelector(PICTURE)) return null;
      return (figure.parentElement && figure.parentElement.closest('.figure-row')) || figure;
    }
    function hole(page) {
      var range = document.createRange();
      range.selectNodeContents(page.wrapper);
      return page.area.getBoundingClientRect().bottom - range.getBoundingClientRect().bottom;
    }
    // A length in mm written in the element's print style: \`prefix\` is what comes before it.
    function mmAfter(el, prefix) {
      var re = new RegExp('(?:^|;)\\\\s*' + prefix + '([\\\\d.]+)mm');
      return parseFloat((re.exec(el.getAttribute('data-print-style') || el.getAttribute('style') || '') || [])[1]);
    }
    // The printed height in mm of the unit's first picture (a row's pictures share one height),
    // from the width the print HTML fixes in mm: a row's figure's, a chart's box's or a photo's own.
    function photoHeight(unit) {
      var picture = unit.querySelector(PICTURE);
      var inRow = unit.classList.contains('figure-row');
      var sized = inRow ? picture.closest('figure') : picture.closest('.chart') || picture;
      var width = mmAfter(sized, inRow ? 'flex:\\\\s*0 0 ' : 'width:\\\\s*');
      return width * Number(picture.getAttribute('height')) / Number(picture.getAttribute('width'));
    }
    // Scales the mm widths written in the unit's style attributes; the originals are kept to put back.
    function scale(unit, factor, atFoot) {
      var els = [unit].concat(Array.prototype.slice.call(unit.querySelectorAll('figure, img, .chart')));
      els.forEach(function (el) {
        if (!el.hasAttribute('data-print-style')) el.setAttribute('data-print-style', el.getAttribute('style') || '');
        var original = el.getAttribute('data-print-style');
        el.setAttribute('style', original.replace(/([\\d.]+)mm/g, function (_, n) {
          return (Number(n) * factor).toFixed(2) + 'mm';
        }));
      });
      // A row's width holds the gaps between its photos, which stay as they are.
      if (unit.classList.contains('figure-row')) {
        var gaps = ${FIGURE_ROW_GAP_MM} * (unit.querySelectorAll(':scope > figure').length - 1);
        unit.style.width = ((mmAfter(unit, 'width:\\\\s*') - gaps) * factor + gaps).toFixed(2) + 'mm';
      }
      // The photo that ends the page needs no space below it.
      if (atFoot) unit.style.paddingBottom = '0';
    }
    function shown(page, el) {
      return page.wrapper.querySelector('[data-ref="' + el.getAttribute('data-ref') + '"]');
    }
    // Goes on from the new token, past blank text: a page started there would hold only the
    // tail of a closed box before the next chapter's page break, and print blank.
    function goOnFrom(breakToken, token) {
      var node = token.node;
      while (node && node.nodeType === 3 && !node.textContent.trim()) {
        var next = node;
        while (next && !next.nextSibling) next = next.parentNode;
        node = next && next.nextSibling;
      }
      // A group whose first heading opens a new page: start at that heading, as Paged.js does,
      // or the group's empty box would take a page of its own.
      var first = node && node.nodeType === 1 ? node.firstElementChild : null;
      if (first && first.dataset.breakBefore && !node.dataset.breakBefore) node = first;
      var offset = node && node !== token.node ? 0 : token.offset;
      breakToken.node = node || token.node;
      breakToken.offset = offset;
    }
    async function layAgain(page, chunker) {
      return page.layout(chunker.source, page.startToken, chunker.maxChars);
    }
    // Lays the page out again; when the unit is on it and the page is full, goes on from there.
    async function staysFilled(unit, page, chunker, breakToken, least) {
      var token = await layAgain(page, chunker);
      if (!token || !shown(page, unit) || unitAt(token) === unit || hole(page) >= least) return false;
      goOnFrom(breakToken, token);
      return true;
    }
    // The photos already on the page, in the source: they may give up a little height too.
    function unitsOn(page, source) {
      return Array.prototype.map.call(
        page.wrapper.querySelectorAll('figure[data-ref], .figure-row[data-ref]'),
        function (el) { return source.querySelector('[data-ref="' + el.getAttribute('data-ref') + '"]'); }
      ).filter(function (u) { return u && u.querySelector(PICTURE) && !u.parentElement.closest('.figure-row'); });
    }
    // How much a photo above on the page shrinks: on a line grid exactly one line, so the text
    // after it stays on the grid; otherwise the most allowed.
    function aboveFactor(unit) {
      var pitch = Number(document.body.getAttribute('data-line-pitch'));
      return pitch ? 1 - (pitch * 25.4 / 72) / photoHeight(unit) : LEAST_SCALE;
    }
    // Shrinks the figure just enough by its height and the page's hole (a caption's worth more
    // on the first try), then the most allowed, then with the photos above it on the page
    // shrunk too; true when it then stays on the page. Otherwise all is put back.
    async function shrinkToStay(unit, page, chunker, breakToken) {
      var px = mm(1);
      var height = photoHeight(unit) * px;
      var above = unitsOn(page, chunker.source).map(function (u) { return [u, aboveFactor(u)]; })
        .filter(function (pair) { return pair[1] >= LEAST_SCALE; });
      var plans = [1 - (height + 12 * px - hole(page)) / height, LEAST_SCALE]
        .filter(function (f) { return f >= LEAST_SCALE && f < 1; })
        .map(function (f) { return [[unit, f]]; });
      if (above.length > 0) plans.push([[unit, LEAST_SCALE]].concat(above));
      for (var i = 0; i < plans.length; i++) {
        plans[i].forEach(function (pair) { scale(pair[0], pair[1], pair[0] === unit); });
        var token = await layAgain(page, chunker);
        if (token && shown(page, unit) && unitAt(token) !== unit) {
          goOnFrom(breakToken, token);
          return true;
        }
      }
      if (plans.length > 0) {
        [[unit]].concat(above).forEach(function (pair) { scale(pair[0], 1); });
        await layAgain(page, chunker);
      }
      return false;
    }
    // Moves the figure after the text that follows it, again for the figure then at the break.
    async function floatDown(unit, page, chunker, breakToken, least) {
      for (var moves = 0; moves < MOST_MOVES && unit; moves++) {
        var next = unit.nextElementSibling;
        if (!isText(next) || hole(page) < least) return;
        next.after(unit);
        var token = await layAgain(page, chunker);
        if (!token) {
          // The rest of the report fits here after all, which a token cannot say: put it back.
          next.before(unit);
          await layAgain(page, chunker);
          return;
        }
        goOnFrom(breakToken, token);
        unit = unitAt(breakToken);
      }
    }
    // The text right before the figure in its case or section whose start is on this page, nearest first.
    function textAbove(unit, page) {
      var out = [];
      for (
        var prev = unit.previousElementSibling;
        isText(prev) && out.length < MOST_MOVES;
        prev = prev.previousElementSibling
      ) {
        var copy = shown(page, prev);
        if (!copy || copy.hasAttribute('data-split-from')) break;
        out.push(prev);
      }
      return out;
    }
    // Moves the figure before the text above it, one paragraph at a time, until the page is
    // full with the figure on it; otherwise puts it back.
    async function floatUp(unit, page, chunker, breakToken, least) {
      var parent = unit.parentNode;
      var home = unit.nextSibling;
      var above = textAbove(unit, page);
      for (var i = 0; i < above.length; i++) {
        above[i].before(unit);
        if (await staysFilled(unit, page, chunker, breakToken, least)) return true;
      }
      if (above.length > 0) {
        parent.insertBefore(unit, home);
        await layAgain(page, chunker);
      }
      return false;
    }
    // The case whose start the page breaks before (at its frame or its title).
    function caseAt(token) {
      var node = token && token.offset === 0 && token.node;
      if (!node || node.nodeType !== 1) return null;
      if (node.classList.contains('case')) return node;
      return node.classList.contains('case-title') ? node.parentElement : null;
    }
    // Chromium keeps two lines of a paragraph together at a page foot (orphans), and the case
    // title with them: a case whose title and first line fit but not a second leaves a hole
    // of four lines or more. There it starts with its first line; put back when that does not fill the page.
    async function startCaseHere(box, page, chunker, breakToken, least) {
      var title = box.querySelector(':scope > .case-title');
      var first = title && title.nextElementSibling;
      if (!isText(first)) return;
      first.style.orphans = '1';
      if (await staysFilled(first, page, chunker, breakToken, least)) return;
      first.style.orphans = '';
      await layAgain(page, chunker);
    }
    // One body line, as a CSS length and in the page's pixels.
    function bodyLine() {
      var pitch = Number(document.body.getAttribute('data-line-pitch'));
      var css = pitch ? pitch + 'pt' : getComputedStyle(document.body).lineHeight;
      return { css: css, px: pixels(css) };
    }
    // A page that starts at a forced page break (a chapter, the body, a manual break): the page
    // before ends where it must. Continued elements carry their original's attributes, hence the split check.
    function opensPart(page) {
      for (var el = page.wrapper.firstElementChild; el; el = el.firstElementChild) {
        if (el.hasAttribute('data-split-from')) continue;
        if (/^(page|left|right|recto|verso)$/.test(el.dataset.breakBefore || el.dataset.previousBreakAfter || '')) {
          return true;
        }
      }
      return false;
    }
    // When nothing on the page can fill it, the page before ends a line or a few earlier (its
    // type area laid out that much shorter), so this page starts lower: two pages end a little
    // short rather than one with a hole. Put back when no split leaves both under a hole.
    async function shareWithPrevious(page, chunker, breakToken) {
      var previous = chunker.pages[chunker.pages.indexOf(page) - 1];
      if (!previous || !previous.startToken || opensPart(page)) return;
      var line = bodyLine();
      var start = page.startToken;
      var limit = mm(HOLE_MM);
      var short = hole(previous);
      for (var lines = 1; lines * line.px + short < limit; lines++) {
        previous.area.style.height = 'calc(100% - ' + lines + ' * ' + line.css + ')';
        var token = await layAgain(previous, chunker);
        previous.area.style.height = '';
        if (!token || hole(previous) >= limit) break;
        goOnFrom(token, token);
        var next = await page.layout(chunker.source, token, chunker.maxChars);
        if (next && hole(page) < limit) {
          goOnFrom(breakToken, next);
          return;
        }
      }
      await layAgain(previous, chunker);
      var again = await page.layout(chunker.source, start, chunker.maxChars);
      if (again) goOnFrom(breakToken, again);
    }
    class FillPages extends Paged.Handler {
      async afterPageLayout(pageElement, page, breakToken, chunker) {
        // A failure here costs only the better placement, never the export.
        try { await this.place(page, breakToken, chunker); } catch (e) { console.warn(e); }
      }
      async place(page, breakToken, chunker) {
        var least = mm(20);
        var box = caseAt(breakToken);
        if (box && hole(page) >= mm(HOLE_MM)) {
          await startCaseHere(box, page, chunker, breakToken, least);
          if (caseAt(breakToken) === box && hole(page) >= mm(HOLE_MM)) {
            await shareWithPrevious(page, chunker, breakToken);
          }
          return;
        }
        var unit = unitAt(breakToken);
        if (!unit || hole(page) < least) return;
        if (await shrinkToStay(unit, page, chunker, breakToken)) return;
        await floatDown(unit, page, chunker, breakToken, least);
        unit = unitAt(breakToken);
        if (!unit || hole(page) < least) return;
        if (await floatUp(unit, page, chunker, breakToken, least)) return;
        if (hole(page) >= mm(HOLE_MM)) await shareWithPrevious(page, chunker, breakToken);
      }
    }
    Paged.registerHandlers(FillPages);
  }
`;
