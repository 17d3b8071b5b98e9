/**
 * JSON as parsed from outside the program (rendered manifests, CRD files, stack config), read field
 * by field behind checks. `any` on purpose, and only here: the checks around each read are the
 * typing. Everywhere else in the library `any` is a lint error (eslint.config.mjs).
 */

/** A JSON value as parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one named escape hatch for parsed JSON (see above)
export type JsonValue = any;

/** A JSON object as parsed. */
export type JsonObject = Record<string, JsonValue>;
