export function hostRoutesFromProc(): string[] {
  throw new Error('TODO');
}
