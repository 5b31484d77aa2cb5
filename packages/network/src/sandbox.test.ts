import { sandboxDnsAnswers } from './sandbox';
import type { EndpointState } from './types';

const ep = (name: string, ipv4: string, extra: Partial<EndpointState> = {}): EndpointState => ({
  id: name,
  networkId: 'n',
  containerId: `${name}000000000000`,
  containerName: name,
  ifName: 'eth0',
  macAddress: '',
  ipv4,
  aliases: [],
  dnsNames: [name, ...(extra.aliases ?? [])],
  links: [],
  ...extra,
});

test('embedded DNS answers: names, aliases and name.network on shared networks only; unknown names go upstream', () => {
  const web = [ep('alpha', '10.0.0.2/24', { aliases: ['db'] }), ep('beta', '10.0.0.3/24', { aliases: ['db'], ipv6: 'fd00::3/64' })];
  const back = [ep('gamma', '10.1.0.2/24')];
  const answers = sandboxDnsAnswers(() => [
    { network: 'web', endpoints: web },
    { network: 'Back', endpoints: back },
  ]);
  expect(answers.lookup('alpha', 'A')).toEqual(['10.0.0.2']);
  expect(answers.lookup('db', 'A')).toEqual(['10.0.0.2', '10.0.0.3']);
  expect(answers.lookup('db.web', 'A')).toEqual(['10.0.0.2', '10.0.0.3']);
  expect(answers.lookup('gamma.back', 'A')).toEqual(['10.1.0.2']);
  expect(answers.lookup('alpha.back', 'A')).toBeUndefined();
  expect(answers.lookup('alpha', 'AAAA')).toEqual([]); // known name, no IPv6: empty answer, not forwarded
  expect(answers.lookup('beta', 'AAAA')).toEqual(['fd00::3']);
  expect(answers.lookup('example.com', 'A')).toBeUndefined();
  expect(answers.reverse('10.0.0.3')).toBe('beta.web');
  expect(answers.reverse('10.9.9.9')).toBeUndefined();
  expect(sandboxDnsAnswers(() => [{ network: 'back', endpoints: back }]).lookup('alpha', 'A')).toBeUndefined();
});
