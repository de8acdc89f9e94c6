/**
 * Why the bot (or a script that starts it, such as erase) cannot start, in a form the operator can act on: the
 * message says what is wrong and what to do, in Dutch, and is shown as it is, without a stack trace. Anything
 * else that stops a start is a bug and is shown with its stack.
 */
export class StartupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    // Subclasses set their own name: a bundler may rename classes, so the name is not taken from the class.
    this.name = 'StartupError';
  }
}
