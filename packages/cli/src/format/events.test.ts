import type { EventMessage } from '@berth/client';
import { eventJson, eventLine, eventTemplateData, rfc3339NanoFixed } from './events';
import { parseTemplate } from './template';

const event: EventMessage = {
  status: 'create', id: 'c0ffee', from: 'busybox',
  Type: 'container', Action: 'create',
  Actor: { ID: 'c0ffee', Attributes: { name: 'x', image: 'busybox', 'com.example': 'y' } },
  scope: 'local', time: 1795860000, timeNano: Number(1_795_860_000_123_456_768n),
};

describe('event formatting', () => {
  it("prints docker's default line: fixed-width nanoseconds, attributes sorted by key", () => {
    expect(eventLine(event, 0)).toBe('2026-11-28T10:00:00.123456768Z container create c0ffee (com.example=y, image=busybox, name=x)\n');
    expect(eventLine({ ...event, Actor: { ID: '', Attributes: {} } }, 0)).toBe('2026-11-28T10:00:00.123456768Z container create \n');
  });

  it('prints the time in a zone east or west of UTC', () => {
    expect(rfc3339NanoFixed(1_795_860_000_000_000_001n, 60)).toBe('2026-11-28T11:00:00.000000001+01:00');
    expect(rfc3339NanoFixed(1_795_860_000_000_000_001n, -330)).toBe('2026-11-28T04:30:00.000000001-05:30');
  });

  it("gives templates Go's field names and {{json .}} the wire form", () => {
    const data = eventTemplateData(event);
    expect(parseTemplate('{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}} {{.Scope}} {{.TimeNano}}').execute(data))
      .toBe('container create c0ffee x local 1795860000123456768');
    expect(JSON.parse(parseTemplate('{{json .}}').execute(data))).toMatchObject({ Type: 'container', Action: 'create', scope: 'local' });
  });

  it('writes JSON as the daemon does, timeNano exact', () => {
    const text = eventJson(event);
    expect(text.startsWith('{"status":"create","id":"c0ffee","from":"busybox","Type":"container"')).toBe(true);
    expect(text.endsWith('"time":1795860000,"timeNano":1795860000123456768}')).toBe(true);
  });
});
