/** Repository text quoted in a message (a URL, an image tag, a git ref) is cut, so a hostile file cannot bloat reports. */
const MAX_QUOTED_LENGTH = 120;

export function noteText(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}
