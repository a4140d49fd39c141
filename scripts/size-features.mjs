// What the normalizer's hardening costs in bytes: each feature's module is replaced, while bundling, by a
// stand-in with the same exports that does nothing (server text kept as it is, no client failure recognised,
// no fields read from broken JSON). The stand-ins exist only for measuring; nothing ships them. If a module's
// exports change, bundling fails on the missing name instead of giving a wrong figure.
export const NORMALIZER_FEATURES = [
  {
    name: 'secret redaction (`core/errors/redact.js`)',
    file: 'core/errors/redact.js',
    stub: 'export const redactSecrets = (text) => text;',
  },
  {
    name: 'HTML error pages to text (`core/errors/html-text.js`)',
    file: 'core/errors/html-text.js',
    stub: 'export const looksLikeHtml = () => false, decodeEntities = (t) => t, htmlToText = (t) => t;',
  },
  {
    name: 'network, timeout and abort failures of clients (`core/errors/client-errors.js`)',
    file: 'core/errors/client-errors.js',
    stub: 'export const failureByNameOrCode = () => undefined, failureByMessage = () => undefined, failureOfText = () => undefined;',
  },
  {
    name: 'code and message from broken JSON (`core/errors/loose-fields.js`)',
    file: 'core/errors/loose-fields.js',
    stub: 'export const readLooseFields = () => undefined;',
  },
];
