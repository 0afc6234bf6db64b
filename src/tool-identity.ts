/** Kept equal to package.json by a test, so the bundle needs no file read to know its version. */
export const TOOL = { name: 'client-go-token-gate', version: '0.1.0' } as const;

export const README_URL = 'https://github.com/client-go-token-gate/client-go-token-gate#readme';
