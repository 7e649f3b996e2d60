import { FIGURE_ROW_GAP_MM } from './figure-size';

/**
 * In-page source (see paged-script.ts): a Paged.js handler that keeps a photo from leaving a
 * hole at a page foot. When a page ends before a photo (or a row of photos) that did not fit,
 * with more than a few lines left empty, the page is laid out again from the same start:
 * first with the photo shrunk by up to 15 %, so it stays; failing that, with the photo moved
 * after the text that follows it in its case or section, which fills the page, as a
 * typesetter floats a figure. A photo never moves past another photo, a heading or out of its
 * case, and its caption goes with it. Paged.js goes on from the break token, updated in place.
 */
export const FIGURE_PLACEMENT_SCRIPT = `
  function placeFigures(Paged) {
    var LEAST_SCALE = 0.85;
    var MOST_MOVES = 4;
    function mm(n) {
      var probe = document.createElement('div');
      probe.style.height = n + 'mm';
      document.body.appendChild(probe);
      var h = probe.getBoundingClientRect().height;
      probe.remove();
      return h;
    }
    function isText(el) { return !!el && /^(P|UL|OL)$/.test(el.tagName); }
    function unitAt(token) {
      var node = token && token.node;
      var el = node && (node.nodeType === 1 ? node : node.parentElement);
      var figure = el && el.closest && el.closest('figure, .figure-row');
      if (!figure || !figure.querySelector('img')) return null;
      return (figure.parentElement && figure.parentElement.closest('.figure-row')) || figure;
    }
    function hole(page) {
      var range = document.createRange();
      range.selectNodeContents(page.wrapper);
      return page.area.getBoundingClientRect().bottom - range.getBoundingClientRect().bottom;
    }
    // The photo's printed height in mm, from the widths the print HTML fixes in mm.
    function photoHeight(unit) {
      var img = unit.querySelector('img');
      var width = unit.classList.contains('figure-row')
        ? parseFloat((/flex:\\s*0 0 ([\\d.]+)mm/.exec(unit.querySelector('figure').getAttribute('style') || '') || [])[1])
        : parseFloat((/(?:^|;)\\s*width:\\s*([\\d.]+)mm/.exec(img.getAttribute('style') || '') || [])[1]);
      return width * Number(img.getAttribute('height')) / Number(img.getAttribute('width'));
    }
    // Scales the mm widths written in the unit's style attributes; the originals are kept to put back.
    function scale(unit, factor, atFoot) {
      var els = [unit].concat(Array.prototype.slice.call(unit.querySelectorAll('figure, img')));
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
        var width = parseFloat((/(?:^|;)\\s*width:\\s*([\\d.]+)mm/.exec(unit.getAttribute('data-print-style')) || [])[1]);
        unit.style.width = ((width - gaps) * factor + gaps).toFixed(2) + 'mm';
      }
      // The photo that ends the page needs no space below it.
      if (atFoot) unit.style.paddingBottom = '0';
    }
    function rendered(page, unit) {
      return !!page.wrapper.querySelector('[data-ref="' + unit.getAttribute('data-ref') + '"]');
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
      breakToken.node = node || token.node;
      breakToken.offset = node && node !== token.node ? 0 : token.offset;
    }
    async function layAgain(page, chunker) {
      return page.layout(chunker.source, page.startToken, chunker.maxChars);
    }
    // The photos already on the page, in the source: they may give up a little height too.
    function unitsOn(page, source) {
      return Array.prototype.map.call(page.wrapper.querySelectorAll('figure[data-ref], .figure-row[data-ref]'), function (el) {
        return source.querySelector('[data-ref="' + el.getAttribute('data-ref') + '"]');
      }).filter(function (u) { return u && u.querySelector('img') && !u.parentElement.closest('.figure-row'); });
    }
    // How much a photo above on the page shrinks: on a line grid exactly one line, so the text
    // after it stays on the grid; otherwise the most allowed.
    function aboveFactor(unit) {
      var pitch = Number(document.body.getAttribute('data-line-pitch'));
      return pitch ? 1 - (pitch * 25.4 / 72) / photoHeight(unit) : LEAST_SCALE;
    }
    // Shrinks the photo just enough by its height and the page's hole (a caption's worth more
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
        if (token && rendered(page, unit) && unitAt(token) !== unit) {
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
    class PlaceFigures extends Paged.Handler {
      async afterPageLayout(pageElement, page, breakToken, chunker) {
        // A failure here costs only the better placement, never the export.
        try { await this.place(page, breakToken, chunker); } catch (e) { console.warn(e); }
      }
      async place(page, breakToken, chunker) {
        var least = mm(20);
        var unit = unitAt(breakToken);
        if (!unit || hole(page) < least) return;
        if (await shrinkToStay(unit, page, chunker, breakToken)) return;
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
    }
    Paged.registerHandlers(PlaceFigures);
  }
`;
