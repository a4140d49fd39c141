export declare const localesDir: string;
export declare function listLocales(): string[];
