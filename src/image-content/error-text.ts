const MAX_MESSAGE_LENGTH = 300;

/**
 * The message of whatever was thrown, for a problem's sentence: on one line and cut short, since a
 * library's message may quote the bytes it choked on, and those come from a registry.
 */
export function errorText(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}
