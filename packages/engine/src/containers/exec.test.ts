import { execEnv, inspectExec } from './exec';

describe('execEnv', () => {
  it('adds the exec variables and replaces the container values of the same name', () => {
    expect(execEnv(['PATH=/bin', 'A=1', 'B=2'], ['A=9', 'C=3'])).toEqual(['PATH=/bin', 'B=2', 'A=9', 'C=3']);
  });
});

describe('inspectExec', () => {
  it('splits the command into entrypoint and arguments and reports no exit code before the exit', () => {
    const out = inspectExec({ id: 'e', containerId: 'c', config: { Cmd: ['sh', '-c', 'true'], AttachStdout: true }, started: false, running: false, pid: 0, exitCode: null });
    expect(out.ProcessConfig).toEqual({ entrypoint: 'sh', arguments: ['-c', 'true'], tty: false, user: '', privileged: false });
    expect(out.ExitCode).toBeNull();
    expect(out.OpenStdout).toBe(true);
    expect(out.OpenStdin).toBe(false);
  });
});
