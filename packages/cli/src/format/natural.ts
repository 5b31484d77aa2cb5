/** fvbommel/sortorder's NaturalLess, which docker uses to order names and port lines: digit runs compare as numbers. */

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Negative when `a` sorts first, as a comparator for Array.prototype.sort. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a[i]);
    const db = isDigit(b[j]);
    // Digits sort before other characters.
    if (da !== db) return da ? -1 : 1;
    if (!da) {
      if (a[i] !== b[j]) return a[i] < b[j] ? -1 : 1;
      i++;
      j++;
      continue;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    const startA = i;
    const startB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    // A longer number (without leading zeros) is bigger; equal lengths compare as text; then fewer zeros first.
    if (i - startA !== j - startB) return i - startA - (j - startB);
    const na = a.slice(startA, i);
    const nb = b.slice(startB, j);
    if (na !== nb) return na < nb ? -1 : 1;
    if (startA !== startB) return startA - startB;
  }
  // Equal so far: the one that ended sorts first.
  return a.length - b.length;
}
