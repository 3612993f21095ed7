/**
 * A Node built-in module where the host is Node, through `process.getBuiltinModule` (Node ≥ 20.16)
 * rather than an import, so the modules that use it also build for the browser (tsconfig.web.json,
 * the e2e harness), where this gives undefined and they fall back to pure JS.
 */
export function nodeBuiltin<T>(id: 'node:zlib' | 'node:crypto'): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.(id) as T | undefined;
}
