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
    const table = 'REPOSITORY           TAG\nbusybox              latest\na-much-longer-name   v1\n';
    expect(renderList('table', rows, headers, '{{.Repository}}\t{{.Tag}}')).toBe(table);
    expect(renderList('table {{.Repository}}\\t{{.Tag}}', rows, headers, '')).toBe(table);
  });
});
