// Under the pseudo-locale en-XA every text the kit shows is accented and bracketed, so plain ASCII words in a kit
// component reveal a string that bypasses the kit's texts. Run after each story in the en-XA sweep (preview.tsx).

/** The kit's components in the page: toasts (inline, toaster, boundary fallback) and the toaster region. */
const KIT_ROOTS = '[data-mek-toast], [data-mek-boundary], [data-mek-toaster]';
/** Texts that are not the kit's words: the app's own title or message, the server's message, the time. */
const DATA = '[data-mek-own], dd, time';
/** Words that stay ASCII in any locale: codes and units. */
const WORD = /[A-Za-z]{2,}/g;

/** Plain-ASCII words inside the kit's components (text and accessible names), with where they were found. */
export function unPseudoTexts(root: ParentNode, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    const words = (text ?? '').match(WORD)?.filter((word) => !allowed.includes(word)) ?? [];
    if (words.length > 0) found.push(`${where}: “${text}”`);
  };
  for (const kitRoot of root.querySelectorAll(KIT_ROOTS)) {
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
