-- Up Migration
-- The stores of the scaled mode (bot/platform/store/pgStore.ts). A store is one zod-validated document, kept as one
-- row per record: a conversation, a group, a meeting, a recipient of an update. Writes touch only the changed
-- records, in one transaction with the store's head row locked; the head's revision tells every instance that a
-- store changed (NOTIFY meldwijzer_store).
CREATE TABLE store_heads (
  store text PRIMARY KEY,
  version integer NOT NULL,
  revision bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE store_records (
  store text NOT NULL REFERENCES store_heads (store) ON DELETE CASCADE,
  -- "p:<property>" for a property's shape or value, "i:<property>/<item key>" for a record in it: the primary key
  -- makes a record unique within its store (one conversation per id, one delivery record per recipient in a part
  -- of an update's delivery queue, one set of send records per reminder job).
  key text NOT NULL,
  ord bigint NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (store, key)
);

-- Down Migration
DROP TABLE store_records;
DROP TABLE store_heads;
