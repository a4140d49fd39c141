// Under the pseudo-locale en-XA every text the kit shows is accented and bracketed, so plain ASCII words in a kit
// component reveal a string that bypasses the kit's texts. Run after each story in the en-XA sweep (preview.tsx).
// A story's own UI that has labels in every locale (the trading dashboard demo) asks for the same check by
// marking its root `data-pseudo-check`: its labels are pseudo'd under en-XA too.

/**
 * What is checked: the kit's components (toasts inline, in the toaster or as a boundary fallback, the toaster
 * region) and a story's UI marked `data-pseudo-check`.
 */
const CHECKED_ROOTS = '[data-mek-toast], [data-mek-boundary], [data-mek-toaster], [data-pseudo-check]';
/**
 * Texts that are data, not words to translate: the app's own title or message in a toast and the server's
 * message (`data-mek-own`, `dd`), the time, and literal values shown as code (a channel, an order id, a path).
 */
const DATA = '[data-mek-own], dd, time, code';
/** Words that stay ASCII in any locale: codes and units. */
const WORD = /[A-Za-z]{2,}/g;

/** Plain-ASCII words inside the kit's components and the checked UI (text and accessible names), with where they were found. */
export function unPseudoTexts(root: ParentNode, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    const words = (text ?? '').match(WORD)?.filter((word) => !allowed.includes(word)) ?? [];
    if (words.length > 0) found.push(`${where}: “${text}”`);
  };
  for (const kitRoot of root.querySelectorAll(CHECKED_ROOTS)) {
    const walker = document.createTreeWalker(kitRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(DATA)) check(node.textContent, node.parentElement?.tagName.toLowerCase() ?? 'text');
    }
    for (const labelled of [kitRoot, ...kitRoot.querySelectorAll('[aria-label]')]) {
      if (labelled.hasAttribute('aria-label'))
        check(labelled.getAttribute('aria-label'), `aria-label of ${labelled.tagName.toLowerCase()}`);
    }
  }
  return [...new Set(found)];
}
