import { ItemScore } from '../model';

/**
 * A candidate's scores by criterion code: one small array per candidate, read through an index
 * shared by every candidate of the campaign (a Map per row cost more than the scoring itself).
 */
export class ItemScores {
  private readonly items: (ItemScore | undefined)[];

  constructor(private readonly slots: ReadonlyMap<string, number>) {
    this.items = new Array<ItemScore | undefined>(slots.size);
  }

  get(code: string): ItemScore | undefined {
    const i = this.slots.get(code);
    return i === undefined ? undefined : this.items[i];
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  set(code: string, s: ItemScore): void {
    const i = this.slots.get(code);
    if (i === undefined) throw new Error(`unknown criterion ${code}`);
    this.items[i] = s;
  }
}

export function criterionSlots(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((c, i) => [c, i] as const));
}
