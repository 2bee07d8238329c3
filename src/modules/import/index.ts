export { ImportError, importFile } from './importer.js';
export { decodeFile, mapHeaders, statusCodeOf, toRecordInput } from './national-template.js';
