/** Word and WPS mark each list paragraph in their clipboard HTML: "mso-list:l0 level2 lfo1". */
const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const MSO_IGNORE = /mso-list:\s*ignore/i;
/**
 * "1."  "1.2."  "（1）"  "a)"  "一、"  "①": a numbered item. Anything else is a bullet: "·" in
 * Symbol, and Wingdings' letters ("l", "n", "q", "Ø"), which no punctuation follows.
 */
const ORDERED_MARKER =
  /^(?:[（(]?(?:[0-9０-９]{1,3}[.．]){0,3}[0-9０-９]{1,3}[.)）、．]?|[（(]?[a-zA-Zⅰ-ⅹⅠ-Ⅹ一二三四五六七八九十]{1,4}[.)）、．]|[①-⑳])$/;

/** A first-level number Word typed: "3." "3．" "（3）" "3)", full-width digits too. */
const TYPED_NUMBER = /^[（(]?([0-9０-９]{1,3})[.．)）、]?$/;

/** The number a pasted list starts at, from its first item's typed marker: 3 for a list Word continued. */
function typedStart(marker: string): number {
  const digits = TYPED_NUMBER.exec(marker)?.[1];
  return digits ? Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : 1;
}

interface OpenList {
  list: HTMLElement;
  depth: number;
}

/** The element before `node`, past white space between Word's paragraphs. */
function previousElement(node: Node): Element | null {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
  return prev instanceof Element ? prev : null;
}

/** The span holding a list paragraph's or heading's number as Word typed it out. */
function typedMarker(element: Element): Element | undefined {
  return [...element.querySelectorAll('span')].find((s) => MSO_IGNORE.test(s.getAttribute('style') ?? ''));
}

/**
 * Word copies a list as paragraphs, each with its marker typed in a span it asks others to
 * ignore. The editor would take them as paragraphs starting "1.     ", numbered by hand. This
 * turns each run of them into real nested <ol>/<ul> lists (a level from "level2", the kind
 * from the marker, the first number from the first item's), so a pasted list stays a list that
 * numbers itself. A heading numbered by Word's multi-level list loses its typed "1.1": the
 * report numbers it. Null when the HTML has no Word numbering.
 */
export function wordNumberingToHtml(html: string, parser: DOMParser = new DOMParser()): string | null {
  const doc = parser.parseFromString(html, 'text/html');
  const numbered = [...doc.querySelectorAll('p, h1, h2, h3, h4, h5, h6')].filter((e) =>
    MSO_LIST.test(e.getAttribute('style') ?? ''),
  );
  if (numbered.length === 0) return null;
  for (const heading of numbered.filter((e) => e.tagName !== 'P')) typedMarker(heading)?.remove();
  const paragraphs = numbered.filter((e) => e.tagName === 'P');
  let root: HTMLElement | null = null;
  let id = '';
  let open: OpenList[] = [];
  for (const p of paragraphs) {
    const [, listId, level] = MSO_LIST.exec(p.getAttribute('style') ?? '')!;
    const depth = Number(level) - 1;
    const ignored = typedMarker(p);
    const marker = (ignored?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
    const ordered = ORDERED_MARKER.test(marker);
    ignored?.remove();
    const newList = (): HTMLElement => doc.createElement(ordered ? 'ol' : 'ul');
    if (root === null || listId !== id || previousElement(p) !== root) {
      root = newList();
      // A list Word continued after a paragraph (3. 4.) keeps counting from there, as 继续编号 does.
      const start = ordered && depth === 0 ? typedStart(marker) : 1;
      if (start > 1) root.setAttribute('start', String(start));
      p.before(root);
      id = listId!;
      open = [{ list: root, depth }];
    }
    while (open.length > 1 && open.at(-1)!.depth > depth) open.pop();
    if (depth > open.at(-1)!.depth) {
      const parent = open.at(-1)!.list;
      const holder = parent.lastElementChild ?? parent.appendChild(doc.createElement('li'));
      const nested = holder.appendChild(newList());
      open.push({ list: nested, depth });
    }
    const item = doc.createElement('li');
    item.append(...p.childNodes);
    open.at(-1)!.list.append(item);
    p.remove();
  }
  return doc.documentElement.outerHTML;
}
