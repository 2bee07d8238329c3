export { reportDownload } from './report.http.js';
