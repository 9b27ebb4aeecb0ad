-- Model results by a hash of their input (ticket version, configuration,
-- model, prompt version), so identical inputs reuse the stored result.
CREATE TABLE llm_cache (
    key        TEXT PRIMARY KEY,
    value      BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
