/** Exit codes: 0 no errors in the data, 1 errors in the data, 2 unusable input or usage. */
export const EXIT = { ok: 0, dataErrors: 1, unusable: 2 } as const;
