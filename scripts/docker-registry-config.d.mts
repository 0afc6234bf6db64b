export function dockerRegistryConfig(directory: string, options?: { htpasswdPath?: string }): string;
