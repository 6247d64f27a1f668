/**
 * The public data types of pitch-coach: the options it takes and the report
 * it gives. Everything here is plain, JSON-serialisable data, so a report can
 * cross a worker boundary, be written to disk or be validated by the JSON
 * Schema in `schema/report.schema.json`.
 *
 * @module
 */
/** Every element, in story order. */
export const elements = Object.freeze([
    'problem',
    'hero',
    'change',
    'outcome',
    'ask'
]);
//# sourceMappingURL=types.js.map