export { QueryPlanner } from './planner.js';
export { plannerPlugin } from './planner.plugin.js';
export { PlannedJson, responseBody, stringifyResult, withPlannedBodies } from './planned-json.js';
