/** What readers of a per-candidate table need: by candidate, or by id. */
export interface CandidateValues<T> {
  at(c: { index: number }): T;
  get(id: string): T | undefined;
}

/**
 * Values per candidate, stored by the candidate's position in the engine's list and read either
 * by candidate (`at`, the hot loops) or by id (`get`, hosts and tests). One id index serves every
 * table, where a Map per table cost more to build than the work it served.
 */
export class PerCandidate<T> implements CandidateValues<T> {
  private readonly items: (T | undefined)[];

  constructor(private readonly index: CandidateIndex) {
    this.items = slots<T>(index.size);
  }

  at(c: { index: number }): T {
    return this.items[c.index]!;
  }

  put(c: { index: number }, value: T): void {
    this.items[c.index] = value;
  }

  get(id: string): T | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.items[i];
  }
}

/**
 * Candidate id → position. Only hosts and tests look candidates up by id, so the map is built on
 * the first lookup, not by every engine run (9,000 ids hashed for nothing).
 */
export class CandidateIndex {
  private map: Map<string, number> | null = null;

  constructor(private readonly candidates: readonly { id: string; index: number }[]) {}

  get size(): number {
    return this.candidates.length;
  }

  get(id: string): number | undefined {
    return (this.map ??= new Map(this.candidates.map((c) => [c.id, c.index] as const))).get(id);
  }
}

/**
 * An array of n empty places, filled by push: it is of one kind from the start, so storing the
 * first value does not change its hidden class under code already compiled for it (as
 * `new Array(n)` does), and writing in any order never makes it a sparse dictionary.
 */
export function slots<T>(n: number): (T | undefined)[] {
  const a: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}
