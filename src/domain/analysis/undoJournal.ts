type Slots = Float64Array;

/**
 * Writes to typed arrays that can be undone exactly: while recording, every write keeps the old
 * value, and `rollback` restores them newest first. What-ifs ("this node resolved") are a
 * checkpoint, a few writes and a rollback, never a copy of the model.
 */
export class UndoJournal {
  private recording = false;
  private readonly slots: Slots[] = [];
  private readonly index: number[] = [];
  private readonly old: number[] = [];

  /** Sets `slots[i]`, remembering the old value while recording. */
  write(slots: Slots, i: number, next: number): void {
    const old = slots[i]!;
    if (old === next) return;
    if (this.recording) {
      this.slots.push(slots);
      this.index.push(i);
      this.old.push(old);
    }
    slots[i] = next;
  }

  /** Starts recording; `rollback` with the returned mark undoes every write since. */
  checkpoint(): number {
    this.recording = true;
    return this.index.length;
  }

  rollback(mark: number): void {
    for (let k = this.index.length - 1; k >= mark; k--) this.slots[k]![this.index[k]!] = this.old[k]!;
    this.slots.length = mark;
    this.index.length = mark;
    this.old.length = mark;
    if (mark === 0) this.recording = false;
  }
}
