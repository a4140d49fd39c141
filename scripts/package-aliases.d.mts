export declare const packageAliases: { find: RegExp; replacement: string }[];
