export function storyMatrix(mode?: string): { locale: string; theme: string; dir: string }[];
