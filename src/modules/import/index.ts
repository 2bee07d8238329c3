export { ImportError, type ImportSummary, importFile } from './importer.js';
export { importKind, mapHeaders, statusCodeOf, toRecordInput } from './national-template.js';
export { decoderFor, detectEncoding, encodingName, openTemplateFile } from './template-file.js';
