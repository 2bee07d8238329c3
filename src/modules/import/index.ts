export { ImportError, importFile } from './importer.js';
export { decodeFile, mapHeaders, toRecordInput } from './national-template.js';
