import type { LocaleMessages } from '../../core/text/messages.js';

// Every part of this locale (common.ts and one file per catalog), found when Vite builds.
const parts = import.meta.glob<{ default: object }>(['./*.ts', '!./index.ts'], { eager: true });

/** Every text of this locale in one pack (its UI strings and all catalogs), for synchronous use. */
export default Object.assign({}, ...Object.values(parts).map((part) => part.default)) as LocaleMessages;
