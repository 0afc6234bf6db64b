/** The message of whatever was thrown, for a problem's sentence. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
