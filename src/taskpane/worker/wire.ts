import type { RunSummary } from '../../core/output/summary';
import { PackedFindings, packFindings, unpackFindings } from './packedFindings';

/**
 * A run's summary as it crosses from the worker: its findings packed (a province's 13,000 findings
 * repeat a few thousand strings). The page unpacks the same findings, in the same order.
 */
export type SummaryOnWire = Omit<RunSummary, 'findings'> & { findings: PackedFindings };
export const summaryToWire = (s: RunSummary): SummaryOnWire => ({ ...s, findings: packFindings(s.findings) });
export const summaryFromWire = (w: SummaryOnWire): RunSummary => ({ ...w, findings: unpackFindings(w.findings) });
