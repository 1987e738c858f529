export * from './account.js';
export * from './profile.js';
export * from './post.js';
export * from './interaction.js';
export * from './ingest-run.js';
