/**
 * JSON text as UTF-8 bytes, equal to `JSON.stringify(value)`, for reports of a province's size: a
 * long string that repeats (9,000 candidates share a few hundred explanations) is escaped and
 * encoded once and its bytes reused, instead of 20 MB of text made, then encoded again.
 */
export function jsonBytes(value: unknown, end = ''): Buffer {
  const w = new JsonWriter();
  w.value(value, true);
  w.put(end);
  return w.finish();
}

/** Strings at least this long are looked up among those already encoded. */
const SHARED_MIN = 200;
/** Text is gathered up to this many characters, then encoded straight into the output. */
const BATCH = 1 << 16;

class JsonWriter {
  private text = '';
  private out = Buffer.allocUnsafe(1 << 20);
  private length = 0;
  private readonly encoded = new Map<string, Buffer>();

  value(v: unknown, top = false): void {
    switch (typeof v) {
      case 'string':
        return v.length >= SHARED_MIN ? this.shared(v) : this.put(JSON.stringify(v));
      case 'number':
      case 'boolean':
        return this.put(JSON.stringify(v));
      case 'object':
        if (v === null) return this.put('null');
        if (Array.isArray(v)) return this.array(v);
        // toJSON (dates): what JSON.stringify would write.
        if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return this.put(JSON.stringify(v));
        return this.object(v as Record<string, unknown>);
      default:
        // undefined, functions, symbols: as JSON.stringify (nothing at the top, null in an array).
        return this.put(top ? '' : 'null');
    }
  }

  /** Text as it is (already JSON). */
  put(s: string): void {
    this.text += s;
    if (this.text.length >= BATCH) this.flush();
  }

  finish(): Buffer {
    this.flush();
    return this.out.subarray(0, this.length);
  }

  private array(list: readonly unknown[]): void {
    this.put('[');
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.put(',');
      this.value(list[i]);
    }
    this.put(']');
  }

  private object(o: Record<string, unknown>): void {
    this.put('{');
    let first = true;
    for (const key of Object.keys(o)) {
      const v = o[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      this.put(first ? JSON.stringify(key) + ':' : ',' + JSON.stringify(key) + ':');
      first = false;
      this.value(v);
    }
    this.put('}');
  }

  private shared(s: string): void {
    let bytes = this.encoded.get(s);
    if (bytes === undefined) this.encoded.set(s, (bytes = Buffer.from(JSON.stringify(s), 'utf8')));
    this.flush();
    this.room(bytes.length);
    this.length += bytes.copy(this.out, this.length);
  }

  private flush(): void {
    if (this.text === '') return;
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    this.room(this.text.length * 3);
    this.length += this.out.write(this.text, this.length, 'utf8');
    this.text = '';
  }

  private room(n: number): void {
    if (this.length + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.length + n));
    this.out.copy(bigger, 0, 0, this.length);
    this.out = bigger;
  }
}
