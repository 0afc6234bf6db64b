import { RegistryError, targetText, type RegistryTarget } from './registry-error.js';

/**
 * One time limit over every request of an operation: its signal aborts whatever is in flight (a
 * connection, a body being read, a back-off pause) when the time is up or when the caller's signal aborts.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly expiresAt: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly unlink: () => void;
  private expired = false;

  constructor(
    readonly target: RegistryTarget,
    readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    this.expiresAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(this.timeoutError());
    }, timeoutMs);
    const abortFromCaller = (): void => this.controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) abortFromCaller();
    callerSignal?.addEventListener('abort', abortFromCaller, { once: true });
    this.unlink = () => callerSignal?.removeEventListener('abort', abortFromCaller);
  }

  remainingMs(): number {
    return Math.max(0, this.expiresAt - Date.now());
  }

  /** Stops the timer once the operation is over; it must not keep the process alive or fire later. */
  finish(): void {
    clearTimeout(this.timer);
    this.unlink();
  }

  /** What to throw when an await failed because this deadline or the caller aborted it. */
  abortError(): unknown {
    if (this.expired) return this.timeoutError();
    return this.callerSignal?.aborted ? this.callerSignal.reason : null;
  }

  timeoutError(): RegistryError {
    const seconds = Math.round(this.timeoutMs / 100) / 10;
    return new RegistryError(
      'timeout',
      `${targetText(this.target)}: the registry did not finish answering within ${seconds} s; check the network path to ${this.target.registry} or raise the registry timeout`,
    );
  }

  /** Waits, or throws at once when the wait would end after the deadline. */
  async pause(milliseconds: number, giveUp: () => unknown): Promise<void> {
    if (milliseconds >= this.remainingMs()) throw giveUp();
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(this.abortError() ?? this.signal.reason);
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, milliseconds);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
