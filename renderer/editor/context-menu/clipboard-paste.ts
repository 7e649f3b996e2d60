/**
 * 粘贴 from a menu: the clipboard is read through the async Clipboard API and handed to the
 * editor as the paste event Ctrl+V gives, so Lexical and the paste clean-up (Word, WeChat, PDF
 * text) treat it the same. Rejects where the shell does not let the page read the clipboard.
 */
export async function pasteFromClipboard(target: HTMLElement | null, plain: boolean): Promise<void> {
  if (!target) return;
  const data = new DataTransfer();
  if (plain) data.setData('text/plain', await navigator.clipboard.readText());
  else {
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) {
        const blob = await item.getType(type);
        if (type.startsWith('image/')) data.items.add(new File([blob], 'clipboard', { type }));
        else if (type === 'text/html' || type === 'text/plain') data.setData(type, await blob.text());
      }
    }
  }
  target.focus();
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
