/**
 * A value made on its first use, then kept. For patterns with Unicode property classes (`\p{L}`): creating one
 * parses each class from the Unicode tables, 0.3 to 0.5 ms a pattern in a fresh script context (Node, cold). A
 * content script that made them when it loads would pay for that on every page, in every new renderer, though
 * most pages never need them (their text is all ASCII, or it never names the programme).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
