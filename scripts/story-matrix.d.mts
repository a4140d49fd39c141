export function storyMatrix(
  mode?: string,
): { locale: string; theme: string; dir: string; /** `manual: true`: axe does not run in this instance. */ a11y?: { manual: boolean } }[];
