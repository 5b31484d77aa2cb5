import { FlagError, type FlagSpec, checkArgCount, parseFlags, renderFlagTable, renderHelp } from './flags';
import { RUN_FLAGS } from './commands/run-flags';

const run = (argv: string[]) => parseFlags({ flags: RUN_FLAGS, interspersed: false }, argv);
const PS_FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', kind: 'bool', usage: 'all' },
  { name: 'quiet', short: 'q', kind: 'bool', usage: 'quiet' },
  { name: 'last', short: 'n', kind: 'int', usage: 'last', defaultValue: '-1' },
];

describe('parseFlags', () => {
  test('combined shorthands, both long forms, repeatable lists, and the image ends flags', () => {
    const flags = run(['-it', '--name=web', '--rm', '-e', 'A=1', '-eB=2', '--env', 'C=3', '-w', '/srv', 'busybox', 'ls', '-l', '--rm']);
    expect(flags.bool('interactive')).toBe(true);
    expect(flags.bool('tty')).toBe(true);
    expect(flags.bool('rm')).toBe(true);
    expect(flags.bool('detach')).toBe(false);
    expect(flags.string('name')).toBe('web');
    expect(flags.list('env')).toEqual(['A=1', 'B=2', 'C=3']);
    expect(flags.string('workdir')).toBe('/srv');
    expect(flags.args).toEqual(['busybox', 'ls', '-l', '--rm']);
  });

  test('--name x takes the next word; -- ends flags', () => {
    const flags = run(['--name', 'x', '--', '-image-like', 'arg']);
    expect(flags.string('name')).toBe('x');
    expect(flags.args).toEqual(['-image-like', 'arg']);
  });

  test('explicit bool values and an empty string value are kept apart from absence', () => {
    const flags = run(['--rm=false', '-d=true', '--entrypoint', '', 'img']);
    expect(flags.bool('rm')).toBe(false);
    expect(flags.bool('detach')).toBe(true);
    expect(flags.changed('entrypoint')).toBe(true);
    expect(flags.string('entrypoint')).toBe('');
    expect(run(['img']).changed('entrypoint')).toBe(false);
  });

  test('-h is the hostname for run, so only --help asks for help there', () => {
    expect(run(['-h', 'box', 'img']).string('hostname')).toBe('box');
    expect(run(['--help']).help).toBe(true);
    expect(parseFlags({ flags: PS_FLAGS }, ['-h']).help).toBe(true);
  });

  test('interspersed commands take flags after positionals', () => {
    const flags = parseFlags({ flags: PS_FLAGS }, ['x', '-aq', 'y', '-n', '3']);
    expect(flags.args).toEqual(['x', 'y']);
    expect(flags.bool('all') && flags.bool('quiet')).toBe(true);
    expect(flags.int('last')).toBe(3);
    expect(parseFlags({ flags: PS_FLAGS }, []).int('last')).toBe(-1);
  });

  test.each([
    [['--foo', 'img'], 'unknown flag: --foo'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-ix'], "unknown shorthand flag: 'x' in -ix"],
    [['--name'], 'flag needs an argument: --name'],
    [['-e'], "flag needs an argument: 'e' in -e"],
    [['--rm=maybe'], 'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
  ])('%j fails with %s', (argv, message) => {
    expect(() => run(argv)).toThrow(FlagError);
    expect(() => run(argv)).toThrow(message);
  });

  test('int flags reject non-numbers', () => {
    expect(() => parseFlags({ flags: PS_FLAGS }, ['-n', 'three'])).toThrow(
      'invalid argument "three" for "-n, --last" flag: strconv.ParseInt: parsing "three": invalid syntax',
    );
  });
});

describe('usage', () => {
  const spec = { name: 'rm', use: 'rm [OPTIONS] CONTAINER [CONTAINER...]', description: 'Remove one or more containers', flags: PS_FLAGS, minArgs: 1 };

  test('argument counts are checked with docker 28\'s words', () => {
    expect(checkArgCount('berth', spec, ['a'])).toBeUndefined();
    expect(checkArgCount('berth', spec, [])).toBe(
      "berth: 'berth rm' requires at least 1 argument\n\nUsage:  berth rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'berth rm --help' for more information",
    );
    const other = (minArgs: number | undefined, maxArgs: number | undefined, args: string[]) => checkArgCount('berth', { ...spec, minArgs, maxArgs }, args)?.split('\n');
    expect(other(undefined, 0, ['x'])).toEqual(["berth: 'berth rm' accepts no arguments", '', 'Usage:  berth rm [OPTIONS] CONTAINER [CONTAINER...]', '', "Run 'berth rm --help' for more information"]);
    expect(other(2, 2, ['x'])?.[0]).toBe("berth: 'berth rm' requires 2 arguments");
    expect(other(1, 1, [])?.[0]).toBe("berth: 'berth rm' requires 1 argument");
    expect(other(1, 2, ['a', 'b', 'c'])?.[0]).toBe("berth: 'berth rm' requires at least 1 and at most 2 arguments");
    expect(other(undefined, 1, ['a', 'b'])?.[4]).toBe("SRun 'berth rm --help' for more information");
    expect(other(2, undefined, ['a'])?.[0]).toBe("berth: 'berth rm' requires at least 2 arguments");
  });

  test('help aligns the options table', () => {
    expect(renderHelp('berth', spec)).toBe(
      'Usage:  berth rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n\nOptions:\n' +
        '  -a, --all        all\n' +
        '  -q, --quiet      quiet\n' +
        '  -n, --last int   last (default -1)\n',
    );
  });

  test('long usages wrap as pflag wraps them in docker 28 (`docker network ls --help` without a terminal)', () => {
    const format: FlagSpec = {
      name: 'format',
      kind: 'string',
      usage:
        "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    };
    const filter: FlagSpec = { name: 'filter', short: 'f', kind: 'list', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' };
    expect(renderFlagTable([filter, format])).toBe(
      '  -f, --filter filter   Provide filter values (e.g. "driver=bridge")\n' +
        '      --format string   Format output using a custom template:\n' +
        "                        'table':            Print output in table format\n" +
        '                        with column headers (default)\n' +
        "                        'table TEMPLATE':   Print output in table format\n" +
        '                        using the given Go template\n' +
        "                        'json':             Print in JSON format\n" +
        "                        'TEMPLATE':         Print output using the given\n" +
        '                        Go template.\n' +
        '                        Refer to https://docs.docker.com/go/formatting/\n' +
        '                        for more information about formatting output with\n' +
        '                        templates\n',
    );
  });
});
