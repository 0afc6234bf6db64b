export function parseTxtar(text: string): { path: string; content: string }[];
export function materializeTxtar(archivePath: string, into?: string): string;
