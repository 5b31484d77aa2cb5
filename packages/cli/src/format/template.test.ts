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
    expect(error(() => parseTemplate('{{.Names}}\\n{{.Bogus}}', { struct }).execute(ps)).message).toContain('template: :2:2: executing');
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

  test('table templates count the `table ` prefix in error columns; the header is not checked', () => {
    expect(error(() => renderList('table {{.Bogus}}', [ps], { Names: 'NAMES' }, '', struct)).message).toContain('template: :1:8: executing "" at <.Bogus>');
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
    expect(error(() => parseTemplate('a\\n{{nosuch .X}}')).message).toBe('template: :2: function "nosuch" not defined');
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
