/** dockerd's filter and flag value rules that several endpoints share (Go's strconv and filters.Args). */

/** Go's strconv.ParseBool: its spellings of true and false; undefined for anything else. */
export function parseGoBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return false;
  return undefined;
}

/** Go filters.Args.Match: no values, or one that equals a source or, as a regular expression, is found in one. */
export function matchAny(values: string[] | undefined, ...sources: string[]): boolean {
  if (!values || values.length === 0) return true;
  return values.some((value) =>
    sources.some((source) => {
      if (value === source) return true;
      try {
        return new RegExp(value).test(source);
      } catch {
        return false;
      }
    }),
  );
}
