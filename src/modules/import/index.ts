export { ImportError, importFile } from './importer.js';
export { decodeFile, importKind, mapHeaders, toRecordInput } from './national-template.js';
