/** The manifest's function file. The ribbon button opens the task pane; no commands run here. */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office) void office.onReady();
