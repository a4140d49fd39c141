// The story tests run once per theme × direction (see vitest.config.ts); each run sets
// __MEK_STORY_GLOBALS__ so every story starts in that combination. In Storybook itself it is undefined.
declare const __MEK_STORY_GLOBALS__: Record<string, string> | undefined;

export const storyGlobalsForTests: Record<string, string> =
  typeof __MEK_STORY_GLOBALS__ === 'undefined' ? {} : __MEK_STORY_GLOBALS__;
