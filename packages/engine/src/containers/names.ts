import { randomBytes, randomInt } from 'node:crypto';
import { invalidArgument } from '@berth/errdefs';

// Docker's naming convention — an adjective and a surname — so `ps` output reads the way Docker
// users expect. The word lists are berth's own.
const ADJECTIVES = [
  'agile', 'bold', 'brave', 'bright', 'calm', 'clever', 'cool', 'crisp', 'daring', 'eager',
  'elated', 'epic', 'fervent', 'fond', 'gentle', 'happy', 'hardy', 'jolly', 'keen', 'kind',
  'lucid', 'merry', 'mighty', 'modest', 'nimble', 'noble', 'patient', 'placid', 'proud', 'quick',
  'quiet', 'serene', 'sharp', 'sleepy', 'steady', 'stoic', 'sunny', 'swift', 'tender', 'trusting',
  'upbeat', 'vibrant', 'vigilant', 'warm', 'wise', 'witty', 'zealous', 'zen',
];
const SURNAMES = [
  'agnesi', 'archimedes', 'babbage', 'bohr', 'boole', 'cerf', 'curie', 'darwin', 'dijkstra',
  'einstein', 'euler', 'faraday', 'fermat', 'feynman', 'galileo', 'gauss', 'goodall', 'hamilton',
  'hopper', 'hypatia', 'johnson', 'kepler', 'knuth', 'lamarr', 'leakey', 'liskov', 'lovelace',
  'maxwell', 'meitner', 'mendel', 'noether', 'pascal', 'pasteur', 'planck', 'ramanujan', 'ritchie',
  'shannon', 'sinoussi', 'tesla', 'thompson', 'torvalds', 'turing', 'volta', 'wilson', 'wozniak',
];

export function randomName(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]}_${SURNAMES[randomInt(SURNAMES.length)]}`;
}

export function newContainerId(): string {
  return randomBytes(32).toString('hex');
}

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Docker's container-name rule; returns the name without its leading slash. */
export function validateContainerName(name: string): string {
  if (!VALID_NAME.test(name)) {
    throw invalidArgument(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  return name.startsWith('/') ? name.slice(1) : name;
}
