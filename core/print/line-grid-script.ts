/**
 * In-page source (see paged-script.ts) that keeps 公文 body text on the page's line grid
 * (GB/T 9704: 22 lines): before pagination, every photo, table row, table caption and case
 * frame is given a whole number of line pitches, its spare height split around it, so the
 * text after it starts on a grid line again, on the page it sits on and on the next one.
 * It runs only when the body names its pitch (`data-line-pitch`, in pt): templates without
 * a grid keep their natural spacing. Blocks are measured at the type area's width
 * (`data-type-width`), the width Paged.js lays them out at.
 */
export const LINE_GRID_SCRIPT = `
  function snapToLineGrid() {
    var body = document.body;
    var pitch = Number(body.getAttribute('data-line-pitch'));
    if (!pitch) return;
    var probe = document.createElement('div');
    probe.style.height = pitch + 'pt';
    body.appendChild(probe);
    // Rectangles are in zoomed pixels, styles in pt: the probe converts one into the other.
    var perPt = probe.getBoundingClientRect().height / pitch;
    probe.remove();
    body.style.width = body.getAttribute('data-type-width') || '';
    function height(el) { return el.getBoundingClientRect().height / perPt; }
    function lines(h) { return Math.ceil(h / pitch - 0.01); }
    var roots = Array.prototype.slice.call(document.querySelectorAll('.preface, main'));
    function all(selector) {
      return roots.reduce(function (out, root) {
        return out.concat(Array.prototype.slice.call(root.querySelectorAll(selector)));
      }, []);
    }
    // Table rows first: a table running onto the next page leaves whole rows there.
    all('tr').forEach(function (tr) { tr.style.height = lines(height(tr)) * pitch + 'pt'; });
    // At least an eighth of a line stays clear above and below a photo, table or caption
    // (the rest of its last line is shared out too): a 90 mm photo and its caption take 10 lines.
    var gap = pitch / 8;
    all('figure, .figure-row, .table-caption').forEach(function (el) {
      if (el.tagName === 'FIGURE' && el.parentElement.classList.contains('figure-row')) return;
      var h = height(el);
      var spare = lines(h + 2 * gap) * pitch - h;
      el.style.marginTop = '0';
      el.style.marginBottom = '0';
      var below = el.classList.contains('table-caption') ? gap / 2 : spare / 2;
      el.style.paddingTop = (spare - below) + 'pt';
      el.style.paddingBottom = below + 'pt';
    });
    // Rows are whole lines already; the table's outer rule (under a point) may hang into the
    // next line's leading rather than cost it a line.
    all('table').forEach(function (table) {
      var h = height(table);
      table.style.marginTop = '0';
      table.style.marginBottom = (lines(h - 1) * pitch - h) + 'pt';
    });
    // Sibling margins collapse to the larger one: where two meet, the second takes both.
    all('table, .case').forEach(function (el) {
      var prev = el.previousElementSibling;
      if (!prev) return;
      var above = parseFloat(getComputedStyle(prev).marginBottom) || 0;
      var own = parseFloat(getComputedStyle(el).marginTop) || 0;
      // Computed margins are in unzoomed CSS pixels, as set.
      if (above > 0 && own > 0) el.style.marginTop = above + own + 'px';
    });
    body.style.width = '';
  }
`;
