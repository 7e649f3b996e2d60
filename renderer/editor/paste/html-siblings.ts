/** The element after `node`, past the white space between blocks of pasted HTML. */
export function nextElement(node: Node): Element | null {
  let next = node.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) next = next.nextSibling;
  return next instanceof Element ? next : null;
}

/** The element before `node`, past the white space between blocks of pasted HTML. */
export function previousElement(node: Node): Element | null {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === Node.TEXT_NODE && !prev.textContent?.trim()) prev = prev.previousSibling;
  return prev instanceof Element ? prev : null;
}
