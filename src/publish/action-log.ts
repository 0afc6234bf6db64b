import * as core from '@actions/core';
import { escapeTerminalText, revealControlCharacters } from '../report/escape.js';
import { logLine } from '../report/log-line.js';

/**
 * The action's only way to its log. Messages carry repository and API text (paths, symlink targets,
 * replace paths, git and API errors), so none reaches standard output as it came: a plain line goes
 * through logLine; a command's message is kept to one visible line and @actions/core escapes its syntax.
 */

export function info(text: string): void {
  core.info(logLine(text));
}

export function debug(text: string): void {
  core.debug(escapeTerminalText(text));
}

export function notice(text: string, properties: core.AnnotationProperties = {}): void {
  core.notice(escapeTerminalText(text), shownProperties(properties));
}

export function warning(text: string, properties: core.AnnotationProperties = {}): void {
  core.warning(escapeTerminalText(text), shownProperties(properties));
}

export function setFailed(text: string): void {
  core.setFailed(escapeTerminalText(text));
}

/**
 * A finding's annotation, whose message has several lines on purpose: control characters are shown, the
 * line breaks kept (core writes them as %0A, so they stay inside the one command line).
 */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, properties: core.AnnotationProperties): void {
  const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
  emit(revealControlCharacters(message), shownProperties(properties));
}

/** Core escapes the syntax of a title or file; the runner echoes command lines in debug mode, so the controls are shown too. */
function shownProperties(properties: core.AnnotationProperties): core.AnnotationProperties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, typeof value === 'string' ? revealControlCharacters(value) : value]));
}

/** Octokit's logger (it warns of deprecations with the API's own Link text) routed here instead of the console. */
export const octokitLog = {
  debug: (): void => {},
  info: (): void => {},
  warn: (message: string): void => info(message),
  error: (message: string): void => info(message),
};
