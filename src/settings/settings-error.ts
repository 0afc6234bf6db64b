/** A user-supplied setting that cannot be used. The message quotes the value and the expected form. */
export class SettingsError extends Error {
  constructor(name: string, value: string, expected: string) {
    super(`${name}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
    this.name = 'SettingsError';
  }
}
