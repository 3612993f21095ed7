// What the harness page puts on window (src/taskpane/harness.tsx), for the browser tests' page.evaluate.
import type { MemoryExcel } from '../src/host/memory/memoryExcel';

declare global {
  interface Window {
    memoryExcel?: MemoryExcel;
  }
}
