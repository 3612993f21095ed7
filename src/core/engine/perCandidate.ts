/**
 * Values per candidate, stored by the candidate's position in the engine's list and read either
 * by candidate (`at`, the hot loops) or by id (`get`, hosts and tests). One id index serves every
 * table, where a Map per table cost more to build than the work it served.
 */
export class PerCandidate<T> {
  private readonly items: (T | undefined)[];

  constructor(private readonly index: ReadonlyMap<string, number>) {
    this.items = new Array<T | undefined>(index.size);
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

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  values(): T[] {
    return this.items.filter((x): x is T => x !== undefined);
  }
}

export function candidateIndex(candidates: readonly { id: string; index: number }[]): Map<string, number> {
  return new Map(candidates.map((c) => [c.id, c.index] as const));
}
