import Ajv, { type ValidateFunction } from 'ajv';
import { invalidArgument } from '@berth/errdefs';
import { SPEC_SCHEMA } from './schema/spec-schema';
import type { Spec } from './types';

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile(SPEC_SCHEMA);
  return compiled;
}

/**
 * Checks `spec` against berth's OCI runtime-spec schema plus the rules a schema cannot state
 * (unique namespaces, soft rlimit ≤ hard). Returns it typed, or throws `invalidArgument` listing
 * every violation as `<json pointer>: <problem>`.
 */
export function validateSpec(spec: unknown): Spec {
  const validate = schemaValidator();
  const problems: string[] = [];
  if (!validate(spec)) {
    for (const error of validate.errors ?? []) {
      const detail = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
      problems.push(`${error.instancePath || '/'}: ${error.message ?? 'is invalid'}${detail}`);
    }
  } else {
    problems.push(...semanticProblems(spec as Spec));
  }
  if (problems.length > 0) throw invalidArgument(`invalid OCI runtime spec: ${problems.join('; ')}`);
  return spec as Spec;
}

function semanticProblems(spec: Spec): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  spec.linux.namespaces.forEach((ns, i) => {
    if (seen.has(ns.type)) problems.push(`/linux/namespaces/${i}: duplicate namespace type ${ns.type}`);
    seen.add(ns.type);
  });
  spec.process.rlimits.forEach((limit, i) => {
    if (limit.soft > limit.hard) problems.push(`/process/rlimits/${i}: soft limit ${limit.soft} exceeds hard limit ${limit.hard}`);
  });
  return problems;
}
