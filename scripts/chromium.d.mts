// Types for chromium.mjs (imported by vitest.config.ts).
export declare const chromiumArgs: string[];
export declare function findChromium(): string | undefined;
