import type { ConfigChange, ConfigDifference } from '../settings/config-diff.js';
import { markdownCodeSpan } from './escape.js';
import { shortenText } from './text-size.js';

/** The config file's values come from the pull request: each is cut before it is shown, and so is their number. */
const MAX_VALUE_LENGTH = 200;
const MAX_DIFFERENCES_SHOWN = 30;

/** Who made the change: "this pull request" in the action, "this change" in the CLI (no pull request there). */
export type ChangeSubject = 'this pull request' | 'this change';

/**
 * Markdown lines for the job summary and the comment: the base commit's config judged this run, and
 * what the head's would change once merged. Every value is a code span, so nothing in it renders.
 */
export function configChangeMarkdownLines(change: ConfigChange, subject: ChangeSubject, heading: string): string[] {
  const items = change.differences.slice(0, MAX_DIFFERENCES_SHOWN).map((difference) => `- ${differenceMarkdown(difference)}`);
  const more = change.differences.length - items.length;
  return [
    heading,
    '',
    `**${capitalise(subject)} changes the gate's configuration**: ${markdownCodeSpan(shortenText(change.file, MAX_VALUE_LENGTH))} ${fileChangeWords(change)}. ` +
      `This run was judged with the base commit's configuration (\`config-from: base\`); the changes apply once ${subject === 'this pull request' ? 'it is merged' : 'they are merged'}.`,
    '',
    ...items,
    ...(more > 0 ? [`- … and ${more} more (compare the file with the base branch)`] : []),
    '',
  ];
}

/** One line of plain text for the log and the CLI's standard error. */
export function configChangeText(change: ConfigChange, subject: ChangeSubject): string {
  const shown = change.differences.slice(0, MAX_DIFFERENCES_SHOWN).map(differenceText);
  const more = change.differences.length - shown.length;
  const list = [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
  return (
    `${subject} changes the gate's configuration (${shortenText(change.file, MAX_VALUE_LENGTH)} ${fileChangeWords(change)})${list ? `: ${list}` : ''}. ` +
    "It was judged with the base commit's configuration (config-from: base); the changes apply once merged."
  );
}

function fileChangeWords(change: ConfigChange): string {
  if (!change.atBase) return 'is added: the base commit has none, so the inputs and the defaults judged this run';
  if (!change.atHead) return 'is deleted';
  return 'is edited';
}

function differenceMarkdown(difference: ConfigDifference): string {
  const key = markdownCodeSpan(difference.key);
  if (difference.kind === 'changed') return `${key}: ${valueMarkdown(difference.from)} → ${valueMarkdown(difference.to)}`;
  return `${key} ${difference.kind === 'added' ? 'adds' : 'removes'} ${valueMarkdown(difference.value)}`;
}

function differenceText(difference: ConfigDifference): string {
  if (difference.kind === 'changed') return `${difference.key}: ${valueText(difference.from)} → ${valueText(difference.to)}`;
  return `${difference.key} ${difference.kind === 'added' ? 'adds' : 'removes'} ${valueText(difference.value)}`;
}

function valueMarkdown(value: string | null): string {
  return value === null ? '(not set)' : markdownCodeSpan(shortenText(value, MAX_VALUE_LENGTH)) || '""';
}

function valueText(value: string | null): string {
  return value === null ? '(not set)' : JSON.stringify(shortenText(value, MAX_VALUE_LENGTH));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
