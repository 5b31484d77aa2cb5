/**
 * Docker's way with commands over several containers (`stop a b c`): act on each in turn, print
 * what it prints for a success, report each failure and go on, then exit 1 if any failed.
 */
import { type CommandContext, StatusError, describeError, write } from '../context';

/**
 * Run `action` for every reference; its result (by default the reference as given) is printed on
 * stdout. Failures are printed together at the end on stderr and make the status 1.
 */
export async function forEachContainer(
  ctx: CommandContext,
  refs: string[],
  action: (ref: string) => Promise<string | void>,
): Promise<void> {
  const failures: string[] = [];
  for (const ref of refs) {
    try {
      const printed = await action(ref);
      await write(ctx.io.stdout, `${printed ?? ref}\n`);
    } catch (err) {
      if (err instanceof StatusError) throw err;
      failures.push(describeError(err));
    }
  }
  if (failures.length > 0) throw new StatusError(failures.join('\n'), 1);
}
