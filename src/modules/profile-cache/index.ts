export { SEARCH, cachedReadKeys, profileCachePlugin } from './profile-cache.plugin.js';
export { type ProfileStore, memoryProfileStore, redisProfileStore } from './profile-cache.store.js';
export { subjectGenerations } from './profile-cache.table.js';
