export { ImportError, importFile } from './importer.js';
export { decodeFile, mapHeaders, parsePenaltyTypes, toRecordInput } from './national-template.js';
