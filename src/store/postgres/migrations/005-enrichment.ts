/**
 * The enrichment stage's results (src/enrich/): one row per analysed post with its analysis
 * and the facts search filters on, plus indexed entity mentions and therapy areas.
 * Rows go with their post: a deletion or an edit removes them (R4.1, R4.4).
 */
export const up = `
CREATE TABLE post_enrichment (
  post_id          bigint PRIMARY KEY,
  content_hash     text NOT NULL,
  version          text NOT NULL,
  lang             text,
  sentiment        text NOT NULL,
  sentiment_score  double precision NOT NULL,
  flags            integer NOT NULL DEFAULT 0,
  analysis         bytea NOT NULL,
  enriched_at      bigint NOT NULL
);
CREATE INDEX post_enrichment_sentiment ON post_enrichment (sentiment, post_id);
CREATE INDEX post_enrichment_flagged ON post_enrichment (flags, post_id) WHERE flags <> 0;

CREATE TABLE post_entities (
  post_id    bigint NOT NULL,
  type       text NOT NULL,
  entity_id  text NOT NULL,
  name       text NOT NULL,
  surface    text NOT NULL
);
CREATE INDEX post_entities_id ON post_entities (type, entity_id, post_id);
CREATE INDEX post_entities_name ON post_entities (type, name, post_id);
CREATE INDEX post_entities_surface ON post_entities (type, surface, post_id);
CREATE INDEX post_entities_post ON post_entities (post_id);

CREATE TABLE post_areas (
  area     text NOT NULL,
  post_id  bigint NOT NULL,
  PRIMARY KEY (area, post_id)
);
CREATE INDEX post_areas_post ON post_areas (post_id);

-- Pending posts are read in id order (keyset paging across partitions).
CREATE INDEX posts_id ON posts (id);
`;
