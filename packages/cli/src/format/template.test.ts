import { goString, parseTemplate, renderList, TemplateError } from './template';

describe('Go template subset', () => {
  const image = { Id: 'sha256:abc', RepoTags: ['a:1', 'b:2'], Config: { Cmd: ['sh', '-c', 'x'], Env: null, Labels: { k: 'v' } }, Size: 42 };

  test('field paths, json, and Go value printing', () => {
    expect(parseTemplate('{{.Id}}').execute(image)).toBe('sha256:abc');
    expect(parseTemplate('{{json .Config}}').execute(image)).toBe(JSON.stringify(image.Config));
    expect(parseTemplate('{{.Config.Cmd}} {{.Config.Env}} {{.Config.Labels}} {{.Nope}}').execute(image)).toBe('[sh -c x] <nil> map[k:v] <no value>');
    expect(parseTemplate('{{json .}}').execute({ a: 1 })).toBe('{"a":1}');
    expect(goString(3)).toBe('3');
  });

  test('functions, pipes, range, if/else and trim markers', () => {
    expect(parseTemplate('{{join .RepoTags ","}}').execute(image)).toBe('a:1,b:2');
    expect(parseTemplate('{{.Id | upper}}').execute(image)).toBe('SHA256:ABC');
    expect(parseTemplate('{{range .RepoTags}}<{{.}}>{{end}}').execute(image)).toBe('<a:1><b:2>');
    expect(parseTemplate('{{if .Config.Env}}env{{else}}none{{end}}').execute(image)).toBe('none');
    expect(parseTemplate('a {{- .Size -}} b').execute(image)).toBe('a42b');
    expect(parseTemplate('{{index .Config.Labels "k"}}').execute(image)).toBe('v');
  });

  test('bad templates are TemplateErrors', () => {
    expect(() => parseTemplate('{{.Id')).toThrow(TemplateError);
    expect(() => parseTemplate('{{nosuchfunc .Id}}')).toThrow('function "nosuchfunc" not defined');
    expect(() => parseTemplate('{{if .Id}}x')).toThrow(TemplateError);
    expect(() => parseTemplate('{{.Id.X}}').execute({ Id: 'x' })).toThrow(TemplateError);
  });

  test('renderList: json, table, table TEMPLATE and bare templates', () => {
    const rows = [{ Repository: 'busybox', Tag: 'latest' }, { Repository: 'a-much-longer-name', Tag: 'v1' }];
    const headers = { Repository: 'REPOSITORY', Tag: 'TAG' };
    expect(renderList('{{.Repository}}:{{.Tag}}', rows, headers, '')).toBe('busybox:latest\na-much-longer-name:v1\n');
    expect(renderList('json', rows, headers, '')).toBe(`${JSON.stringify(rows[0])}\n${JSON.stringify(rows[1])}\n`);
    expect(renderList('json', [{ Tag: '<none>', Repository: 'a&b' }], headers, '')).toBe('{"Repository":"a\\u0026b","Tag":"\\u003cnone\\u003e"}\n');
    const table = 'REPOSITORY           TAG\nbusybox              latest\na-much-longer-name   v1\n';
    expect(renderList('table', rows, headers, '{{.Repository}}\t{{.Tag}}')).toBe(table);
    expect(renderList('table {{.Repository}}\\t{{.Tag}}', rows, headers, '')).toBe(table);
  });
});

describe('Go fidelity', () => {
  it('json writes integers beyond 2^53 with all their digits, as Go writes an int64', () => {
    expect(parseTemplate('{{json .}}').execute({ timeNano: 1795477353236443392, n: 1, big: 12n })).toBe('{"timeNano":1795477353236443392,"n":1,"big":12}');
  });

  const ps = { Names: 'p1', State: 'created' };
  const struct = '*formatter.ContainerContext';
  const error = (fn: () => unknown): TemplateError => {
    try {
      fn();
    } catch (err) {
      if (err instanceof TemplateError) return err;
      throw err;
    }
    throw new Error('no error');
  };

  test('a field missing on a struct row fails as Go does, with its location', () => {
    expect(error(() => parseTemplate('{{.Bogus}}', { struct }).execute(ps)).message).toBe(
      `template: :1:2: executing "" at <.Bogus>: can't evaluate field Bogus in type ${struct}`,
    );
    expect(error(() => parseTemplate('{{.Names}} {{.Bogus.X}}', { struct }).execute(ps)).message).toBe(
      `template: :1:19: executing "" at <.Bogus.X>: can't evaluate field Bogus in type ${struct}`,
    );
    expect(error(() => parseTemplate('{{.Names}}\n{{.Bogus}}', { struct }).execute(ps)).message).toContain('template: :2:2: executing');
    // Outside lists docker keeps a typed \t or \n as it is (docker inspect -f '{{.Name}}\t' prints `/c1\t`).
    expect(parseTemplate('{{.Names}}\\t{{.State}}\\n').execute(ps)).toBe('p1\\tcreated\\n');
    expect(error(() => parseTemplate('{{.State.X}}', { struct }).execute(ps)).message).toBe(
      'template: :1:8: executing "" at <.State.X>: can\'t evaluate field X in type string',
    );
    expect(error(() => parseTemplate('{{.Bogus}}', { struct }).execute(ps)).phase).toBe('execute');
    expect(parseTemplate('{{.Bogus}}').execute(ps)).toBe('<no value>');
  });

  test('docker inspect: missing keys of struct-like objects are errors, of Go maps <no value>; index gives ""', () => {
    const c = { Name: '/p1', State: { Status: 'created' }, Config: { Labels: { a: 'b' } }, HostConfig: { LogConfig: { Type: 'json-file', Config: {} } } };
    const inspect = (t: string) => parseTemplate(t, { inspect: true }).execute(c);
    expect(error(() => inspect('{{.Bogus}}')).message).toBe('template: :1:2: executing "" at <.Bogus>: map has no entry for key "Bogus"');
    expect(error(() => inspect('{{.Config.Bogus}}')).message).toBe('template: :1:9: executing "" at <.Config.Bogus>: map has no entry for key "Bogus"');
    expect(error(() => inspect('{{.State.Status.X}}')).message).toBe('template: :1:8: executing "" at <.State.Status.X>: can\'t evaluate field X in type interface {}');
    expect(inspect('{{.Config.Labels.nope}}|{{index .Config.Labels "nope"}}|{{index .HostConfig.LogConfig.Config "x"}}|{{.Config.Labels.a}}')).toBe('<no value>|||b');
  });

  test("lists parse the template without `table` and the spaces around it (docker's preFormat); the header is not checked", () => {
    // docker 28: `docker images --format 'table {{.Bogus}}'` fails at :1:2, `'  {{.Repository}}  '` prints `busybox`.
    expect(error(() => renderList('table {{.Bogus}}', [ps], { Names: 'NAMES' }, '', struct)).message).toContain('template: :1:2: executing "" at <.Bogus>');
    expect(renderList('  {{.Names}}  ', [ps], { Names: 'NAMES' }, '', struct)).toBe('p1\n');
    expect(renderList('table    {{.Names}}  |', [ps], { Names: 'NAMES' }, '', struct)).toBe('NAMES  |\np1  |\n');
    expect(renderList('table X {{.Names}}', [ps], { Names: 'NAMES' }, '', struct)).toBe('X NAMES\nX p1\n');
  });

  test('json sorts the keys of a list row (docker marshals it as a map) and keeps inspect order', () => {
    expect(parseTemplate('{{json .}}', { struct, mapJson: true }).execute({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(parseTemplate('{{json .}}', { struct: 'events.Message' }).execute({ b: 1, a: 2 })).toBe('{"b":1,"a":2}');
    expect(renderList('{{json .}}', [{ b: 1, a: 2 }], {}, '', struct)).toBe('{"a":2,"b":1}\n');
    expect(parseTemplate('{{json .}}', { inspect: true }).execute({ b: 1, a: 2 })).toBe('{"b":1,"a":2}');
  });

  test('a method of the row takes arguments', () => {
    const row = { Names: 'x', Label: (name: unknown) => (name === 'a' ? 'b' : '') };
    expect(parseTemplate('{{.Label "a"}}|{{.Label "z"}}|{{"a" | .Label}}', { struct }).execute(row)).toBe('b||b');
    expect(parseTemplate('{{json .}}', { struct, mapJson: true }).execute(row)).toBe('{"Names":"x"}');
    expect(error(() => parseTemplate('{{.Label}}', { struct }).execute(row)).message).toBe('template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0');
  });

  test('a named template names itself in errors', () => {
    expect(error(() => parseTemplate('{{.Bogus}}', { struct: 'system.versionInfo', name: 'version' }).execute({ Client: {} })).message).toBe(
      'template: version:1:2: executing "version" at <.Bogus>: can\'t evaluate field Bogus in type system.versionInfo',
    );
  });

  test('parse errors name the line as Go does', () => {
    expect(error(() => parseTemplate('{{.Names')).message).toBe('template: :1: unclosed action');
    expect(error(() => parseTemplate('a\n{{nosuch .X}}')).message).toBe('template: :2: function "nosuch" not defined');
    expect(error(() => parseTemplate('{{.Names')).phase).toBe('parse');
  });

  test("docker's and Go's functions", () => {
    const t = (text: string, data: unknown = ps) => parseTemplate(text).execute(data);
    expect(t('{{pad .Names 2 3}}|{{truncate .Names 1}}|{{split "a,b" ","}}|{{join (split "a,b" ",") "-"}}|{{title "hello world"}}')).toBe('  p1   |p|[a b]|a-b|Hello World');
    expect(t('{{ .Names | printf "%s!" }}|{{printf "%d-%q" 3 "x"}}|{{print "a" "b"}}')).toBe('p1!|3-"x"|ab');
    expect(t('{{if eq .State "created"}}yes{{end}}|{{if not .Missing}}no{{end}}|{{if and .Names .State}}both{{end}}')).toBe('yes|no|both');
    expect(t('{{lower "AB"}}{{upper "cd"}}{{len .Names}}')).toBe('abCD2');
  });
});

/**
 * Expected outputs below were checked against docker CLI 28 (`docker inspect -f`, `docker ps
 * --format`) on the same data, run against a berthd.
 */
describe('Go text/template parity (docker inspect -f)', () => {
  const c1 = {
    Id: 'bda538d873af',
    Name: '/c1',
    State: { Status: 'created', Running: false, Paused: false, Pid: 0 },
    Mounts: [],
    Config: { Cmd: ['true'], Env: ['PATH=/usr/bin:/bin'], Labels: { 'com.x': 'hello' } },
    HostConfig: { LogConfig: { Type: 'json-file', Config: {} } },
    NetworkSettings: { Networks: { none: { IPAddress: '', MacAddress: '', NetworkID: 'f'.repeat(64), Aliases: null } } },
  };
  const inspect = (t: string, data: unknown = c1) => parseTemplate(t, { inspect: true }).execute(data);
  const failure = (fn: () => unknown): TemplateError => {
    try {
      fn();
    } catch (err) {
      if (err instanceof TemplateError) return err;
      throw err;
    }
    throw new Error('no error');
  };
  const inspectError = (t: string) => failure(() => inspect(t)).message;

  test('range with one and two variables, over lists, maps (key order) and integers; else; break and continue', () => {
    expect(inspect('{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}/{{$v.MacAddress}}{{end}}')).toBe('none /');
    const two = { Networks: { zeta: { IPAddress: '10.0.0.2' }, alpha: { IPAddress: '10.0.0.3' } } };
    expect(parseTemplate('{{range $k, $v := .Networks}}{{$k}}={{$v.IPAddress}};{{end}}').execute(two)).toBe('alpha=10.0.0.3;zeta=10.0.0.2;');
    expect(inspect('{{range $i, $e := .Config.Cmd}}{{$i}}={{$e}},{{end}}')).toBe('0=true,');
    expect(inspect('{{range $e := .Config.Env}}[{{$e}}]{{end}}')).toBe('[PATH=/usr/bin:/bin]');
    expect(inspect('{{range .Mounts}}x{{else}}empty{{end}}|{{range .Config.Env}}x{{else}}empty{{end}}')).toBe('empty|x');
    expect(inspect('{{range 3}}{{.}}{{end}}')).toBe('012');
    expect(parseTemplate('{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}').execute([1, 2, 3, 4, 5])).toBe('13');
    expect(inspectError('{{range .Name}}{{.}}{{end}}')).toBe('template: :1:8: executing "" at <.Name>: range can\'t iterate over /c1');
    expect(failure(() => parseTemplate('{{break}}')).message).toBe('template: :1: {{break}} outside {{range}}');
  });

  test('variables: := declares in the enclosing block, = assigns, $ is the root', () => {
    expect(inspect('{{$x := "a"}}{{if true}}{{$x = "b"}}{{$y := 1}}{{end}}{{$x}}')).toBe('b');
    expect(failure(() => parseTemplate('{{if true}}{{$y := 1}}{{end}}{{$y}}')).message).toBe('template: :1: undefined variable "$y"');
    expect(inspectError('{{$x = 1}}')).toBe('template: :1:7: executing "" at <1>: undefined variable: $x');
    expect(inspect('{{$.Name}}{{range .Config.Cmd}}{{$.Name}}{{.}}{{end}}')).toBe('/c1/c1true');
    expect(inspect('{{with $x := .Name}}{{$x}}{{end}}|{{with .Config.Labels}}{{index . "com.x"}}{{end}}|{{with .Mounts}}m{{else}}nom{{end}}')).toBe('/c1|hello|nom');
    expect(inspect('{{if .State.Running}}run{{else if .State.Paused}}paused{{else}}stopped{{end}}')).toBe('stopped');
    expect(inspectError('{{$x := 1}}{{$x.Y}}')).toBe('template: :1:15: executing "" at <$x.Y>: can\'t evaluate field Y in type int');
    expect(inspectError('{{$x := 1}}{{$x "y"}}')).toBe('template: :1:13: executing "" at <$x>: can\'t give argument to non-function $x');
  });

  test('a field after a parenthesised pipeline; index of a missing map key is the zero value, past a slice an error', () => {
    expect(inspect('{{(index .NetworkSettings.Networks "none").IPAddress}}|{{(index .NetworkSettings.Networks "none").NetworkID | len}}')).toBe('|64');
    expect(inspectError('{{(index .NetworkSettings.Networks "bridge").IPAddress}}')).toBe(
      'template: :1:35: executing "" at <"bridge">: nil data; no entry for key "IPAddress"',
    );
    expect(inspect('{{index .Config.Labels "nope"}}|{{index .Config.Labels "com.x"}}')).toBe('|hello');
    expect(parseTemplate('{{index .Labels "nope"}}|').execute({ Labels: { a: 'b' } })).toBe('|');
    expect(inspect('{{index .Config.Cmd 0}}|{{index .Name 1}}')).toBe('true|99');
    expect(inspectError('{{index .Config.Cmd 5}}')).toBe('template: :1:2: executing "" at <index .Config.Cmd 5>: error calling index: index out of range: 5');
    expect(inspectError('{{index .Config.Cmd 1}}')).toBe('template: :1:2: executing "" at <index .Config.Cmd 1>: error calling index: reflect: slice index out of range');
    expect(inspectError('{{(.Name).X}}')).toBe('template: :1:3: executing "" at <.Name>: can\'t evaluate field X in type string');
    expect(failure(() => parseTemplate('{{"a".X}}')).message).toBe('template: :1: unexpected . after term "\\"a\\""');
  });

  test("identifiers: Go refuses '-' in a field name", () => {
    expect(failure(() => parseTemplate('{{.Foo-bar}}')).message).toBe("template: :1: bad character U+002D '-'");
    expect(failure(() => parseTemplate('{{.Name-x}}')).phase).toBe('parse');
  });

  test("functions: docker's and Go's, with Go's argument checks", () => {
    expect(inspect('{{json .Config.Cmd}}|{{join .Config.Cmd ","}}|{{split "a:b" ":"}}|{{title "hello wOrld"}}|{{upper "x"}}|{{pad "x" 1 2}}|{{truncate "abcdef" 3}}')).toBe(
      '["true"]|true|[a b]|Hello WOrld|X| x  |abc',
    );
    expect(inspect('{{println "a" 1}}')).toBe('a 1\n');
    expect(inspect('{{print "a" 1 2 "b" "c"}}')).toBe('a1 2bc');
    expect(inspect('{{len .Config.Cmd}} {{slice .Name 1 3}} {{slice .Config.Cmd 0 1}}')).toBe('1 c1 [true]');
    expect(inspect('{{lt 1 2}} {{le 2 2}} {{gt 1 2}} {{ge 1 1}} {{ne "a" "b"}} {{eq 1 2 1}}')).toBe('true true false true true true');
    expect(inspect('{{and 1 0 2}} {{or 0 "" "x"}} {{not ""}}')).toBe('0 x true');
    expect(inspect('{{eq .Config.Labels.nope "x"}}|{{and .Config.Labels.nope 1}}|{{print .Config.Labels.nope}}')).toBe('false|<no value>|<nil>');
    expect(inspectError('{{eq 1 "a"}}')).toBe('template: :1:2: executing "" at <eq 1 "a">: error calling eq: incompatible types for comparison');
    expect(inspectError('{{lt .Config.Cmd 1}}')).toBe('template: :1:2: executing "" at <lt .Config.Cmd 1>: error calling lt: invalid type for comparison');
    expect(inspectError('{{join "a" 1}}')).toBe('template: :1:7: executing "" at <"a">: can\'t handle "a" for arg of type []string');
    expect(inspectError('{{join .Config.Cmd}}')).toBe('template: :1:2: executing "" at <join>: wrong number of args for join: want 2 got 1');
    expect(inspectError('{{.Name | truncate 2}}')).toBe('template: :1:19: executing "" at <2>: expected string; found 2');
    expect(inspectError('{{pad .Name "1" 2}}')).toBe('template: :1:12: executing "" at <"1">: expected integer; found "1"');
    expect(inspectError('{{pad .Name -1 2}}')).toBe('template: :1:2: executing "" at <pad .Name -1 2>: error calling pad: strings: negative Repeat count');
    expect(inspectError('{{slice .Name 1 9}}')).toBe('template: :1:2: executing "" at <slice .Name 1 9>: error calling slice: index out of range: 9');
    expect(inspectError('{{lower .Config.Cmd}}')).toBe('template: :1:15: executing "" at <.Config.Cmd>: wrong type for value; expected string; got []interface {}');
    expect(inspectError('{{.Name "x"}}')).toBe('template: :1:2: executing "" at <.Name>: Name is not a method but has arguments');
    expect(inspectError('{{len .Config.Labels.nope}}')).toBe('template: :1:13: executing "" at <.Config.Labels.nope>: map has no entry for key "nope"');
  });

  test('printf: flags, width, precision and Go\'s marks for mismatches', () => {
    expect(inspect('{{printf "%-10s|%5d|%v|%q" .Name 42 .Config.Cmd .Name}}')).toBe('/c1       |   42|[true]|"/c1"');
    expect(inspect('{{printf "%5.2f|%x|%05d|%+d|%t|%c|%q|%s" 3.14159 255 42 5 true 65 65 3}}')).toBe(' 3.14|ff|00042|+5|true|A|\'A\'|%!s(int=3)');
    expect(inspect('{{printf "%s|%v|%d" .Config.Labels.nope .Config.Labels.nope "s"}}')).toBe('%!s(<nil>)|<nil>|%!d(string=s)');
    expect(inspect('{{printf "%s" 1 2}}')).toBe('%!s(int=1)%!(EXTRA int=2)');
    expect(inspect('{{printf "%e %g %.2e" 1234.5678 0.000012 1234.5678}}|{{1234567.5}}|{{printf "%.3g|%8.2f|%-8.1e|" 1234567.5 2.5 2.5}}')).toBe(
      '1.234568e+03 1.2e-05 1.23e+03|1.2345675e+06|1.23e+06|    2.50|2.5e+00 |',
    );
    expect(inspect('{{"a\\tb\\x41\\u00e9"}}')).toBe('a\tbAé');
  });

  test('parse errors as Go words them', () => {
    const parseError = (t: string) => failure(() => parseTemplate(t)).message;
    expect(parseError('{{`raw')).toBe('template: :1: unterminated raw quoted string');
    expect(parseError('{{| .Name}}')).toBe('template: :1: unexpected "|" in command');
    expect(parseTemplate('{{.Name |}}').execute({ Name: 'x' })).toBe('x');
    expect(parseTemplate('{{"}}"}}').execute({})).toBe('}}');
  });
});

describe('table headers as docker writes them', () => {
  const rows = [{ Names: 'c2', Image: 'busybox', Label: (k: unknown) => (k === 'com.x' ? 'two' : k === 'a-b_c.d-e_f' ? 'z' : '') }];
  const headers = { Names: 'NAMES', Image: 'IMAGE' };
  const struct = '*formatter.ContainerContext';

  test('{{.Label "key"}} is headed by the last part of the key, - and _ as spaces', () => {
    expect(renderList('table {{.Label "com.x"}}', rows, headers, '', struct)).toBe('x\ntwo\n');
    expect(renderList('table {{.Names}}\\t{{.Label "com.x"}}\\t{{.Label "a-b_c.d-e_f"}}', rows, headers, '', struct)).toBe('NAMES     x         d e f\nc2        two       z\n');
  });

  test('header functions leave the title as is; a failing header keeps what it wrote before', () => {
    expect(renderList('table {{lower .Names}}\\t{{json .Names}}\\t{{truncate .Names 2}}|{{printf "%s-x" .Names}}|{{pad .Names 1 1}}|{{upper .Image}}', rows, headers, '', struct)).toBe(
      'NAMES     NAMES     NAMES|NAMES-x| NAMES |IMAGE\nc2        "c2"      c2|c2-x| c2 |BUSYBOX\n',
    );
    expect(renderList('table {{.Names}} {{.Label}}', [{ ...rows[0], Label: () => '' }], headers, '', struct)).toBe('NAMES \nc2 \n');
  });
});

describe('define, template and block (checked against docker inspect -f)', () => {
  const c1 = { Name: '/c1', Config: { Cmd: ['true'] } };
  const inspect = (t: string) => parseTemplate(t, { inspect: true }).execute(c1);
  const message = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('no error');
  };

  test('named templates run on their pipeline with only $ defined; block defines and runs', () => {
    expect(inspect('{{define "x"}}X{{.}}{{end}}[{{template "x" .Name}}]')).toBe('[X/c1]');
    expect(inspect('{{define "x"}}{{$.Name}}{{end}}{{template "x" .}}|{{template "x"}}')).toBe('/c1|<no value>');
    expect(inspect('{{block "b" .Name}}<{{.}}>{{end}}|{{template "b" "z"}}')).toBe('</c1>|<z>');
    expect(inspect('{{define "a"}}A{{end}}{{define "b"}}{{template "a"}}B{{end}}{{template "b"}}')).toBe('AB');
  });

  test("errors name the template being executed, as Go's do", () => {
    expect(message(() => inspect('{{template "x"}}'))).toBe('template: :1:11: executing "" at <{{template "x"}}>: template "x" not defined');
    expect(message(() => inspect('{{define "x"}}{{.Bogus}}{{end}}{{template "x" .Config}}'))).toBe('template: :1:16: executing "x" at <.Bogus>: map has no entry for key "Bogus"');
    expect(message(() => inspect('{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}'))).toMatch(/exceeded maximum template depth \(100000\)$/);
    expect(message(() => parseTemplate('{{if true}}{{define "x"}}{{end}}{{end}}'))).toBe('template: :1: unexpected <define> in command');
    expect(message(() => parseTemplate('{{define "x"}}a{{end}}{{define "x"}}b{{end}}'))).toBe('template: :1: template: multiple definition of template "x"');
    expect(message(() => parseTemplate('{{template}}'))).toBe('template: :1: unexpected "}}" in template clause');
  });
});
