export { QueryPlanner } from './planner.js';
export { plannerPlugin } from './planner.plugin.js';
export { stringifyResult } from './planned-json.js';
