type Slots = Float64Array;

const FIRST_CAPACITY = 256;

/**
 * Writes to typed arrays that can be undone exactly: while recording, every write keeps the old
 * value, and `rollback` restores them newest first. What-ifs ("this node resolved") are a
 * checkpoint, a few writes and a rollback, never a copy of the model. The entries live in arrays
 * that only grow (tens of thousands of what-ifs per analysis allocate nothing once they are large
 * enough).
 */
export class UndoJournal {
  private recording = false;
  private size = 0;
  private slots: Slots[] = [];
  private index = new Int32Array(FIRST_CAPACITY);
  private old = new Float64Array(FIRST_CAPACITY);

  /** Sets `slots[i]`, remembering the old value while recording. */
  write(slots: Slots, i: number, next: number): void {
    const old = slots[i]!;
    if (old === next) return;
    if (this.recording) {
      const k = this.size++;
      if (k === this.index.length) this.grow();
      this.slots[k] = slots;
      this.index[k] = i;
      this.old[k] = old;
    }
    slots[i] = next;
  }

  /** Starts recording; `rollback` with the returned mark undoes every write since. */
  checkpoint(): number {
    this.recording = true;
    return this.size;
  }

  /** Whether every write recorded so far has been undone (or none was recorded). */
  atRest(): boolean {
    return this.size === 0;
  }

  rollback(mark: number): void {
    const { slots, index, old } = this;
    for (let k = this.size - 1; k >= mark; k--) slots[k]![index[k]!] = old[k]!;
    this.size = mark;
    if (mark === 0) this.recording = false;
  }

  private grow(): void {
    const index = new Int32Array(2 * this.index.length);
    index.set(this.index);
    this.index = index;
    const old = new Float64Array(2 * this.old.length);
    old.set(this.old);
    this.old = old;
  }
}
