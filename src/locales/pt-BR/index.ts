import type { LocaleMessages } from '../../core/text/messages.js';

// Every part of this locale (common.ts and one file per catalog), found when Vite builds.
const parts = import.meta.glob<{ default: object }>(['./*.ts', '!./index.ts'], { eager: true });

const merge = (): LocaleMessages => Object.assign({}, ...Object.values(parts).map((part) => part.default));

/** Every text of this locale in one pack (its UI strings and all catalogs), for synchronous use. */
export default /* @__PURE__ */ merge();
