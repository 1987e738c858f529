/**
 * The enrichment stage's results (src/enrich/): one row per analysed post with its analysis
 * and the facts search filters on, plus indexed entity mentions and therapy areas.
 * Rows go with their post: a deletion or an edit removes them (R4.1, R4.4).
 */
export const up = `
CREATE TABLE post_enrichment (
  post_id          INTEGER PRIMARY KEY,
  content_hash     TEXT NOT NULL,
  version          TEXT NOT NULL,
  lang             TEXT,
  sentiment        TEXT NOT NULL,
  sentiment_score  REAL NOT NULL,
  flags            INTEGER NOT NULL DEFAULT 0,
  analysis         BLOB NOT NULL,
  enriched_at      INTEGER NOT NULL
);
CREATE INDEX post_enrichment_sentiment ON post_enrichment (sentiment, post_id);
CREATE INDEX post_enrichment_flagged ON post_enrichment (flags, post_id) WHERE flags <> 0;

CREATE TABLE post_entities (
  post_id    INTEGER NOT NULL,
  type       TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  surface    TEXT NOT NULL
);
CREATE INDEX post_entities_id ON post_entities (type, entity_id, post_id);
CREATE INDEX post_entities_name ON post_entities (type, name, post_id);
CREATE INDEX post_entities_surface ON post_entities (type, surface, post_id);
CREATE INDEX post_entities_post ON post_entities (post_id);

CREATE TABLE post_areas (
  area     TEXT NOT NULL,
  post_id  INTEGER NOT NULL,
  PRIMARY KEY (area, post_id)
) WITHOUT ROWID;
CREATE INDEX post_areas_post ON post_areas (post_id);
`;
