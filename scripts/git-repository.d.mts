export function gitEnvironment(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function runGit(directory: string, args: string[], env?: NodeJS.ProcessEnv): string;
export function writeFiles(root: string, files: Record<string, string>): void;
export function commitAll(root: string, message: string, env?: NodeJS.ProcessEnv): string;
