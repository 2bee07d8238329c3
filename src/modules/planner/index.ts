export { QueryPlanner } from './planner.js';
export { plannerPlugin } from './planner.plugin.js';
