"""archive: a log of the documents whose searchable text or facets changed, for tantivy

The optional tantivy search index (``archive/search_tantivy.py``) lives outside the database
and follows it from this log: one row per document (upserted, so the table never holds more
rows than there are documents), written by triggers on every change that ``search_source``
or the facet columns can see, deletions included. The index remembers how far it has read:
on SQLite a ``seq`` that grows in commit order (writers are serialised); on PostgreSQL the
writing transaction's id, read back against the snapshot the index last synced with
(``pg_visible_in_snapshot``), so a transaction that commits late is never skipped.
The table is derived (``search_fts`` prefix: not mapped, not compared by autogenerate).

Revision ID: 0004_archive_search_changes
Revises: 0003_archive_search
Create Date: 2026-11-24 15:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_archive_search_changes"
down_revision: str | Sequence[str] | None = "0003_archive_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_FIELDS = "('order_number', 'customer_number', 'supplier_name', 'vat_id')"
DOC_COLUMNS = (
    "document_number, customer_name, original_name, doc_type, status, channel, "
    "document_date, total_gross"
)

SQLITE_LOG = """
  INSERT INTO search_fts_changes (document_id, seq)
    VALUES ({ref}, coalesce((SELECT max(seq) FROM search_fts_changes), 0) + 1)
    ON CONFLICT (document_id) DO UPDATE SET seq = excluded.seq;
"""
SQLITE_TRIGGERS = {
    "search_fts_log_page_ins": ("AFTER INSERT ON pages", "NEW.document_id"),
    "search_fts_log_page_upd": ("AFTER UPDATE OF text ON pages", "NEW.document_id"),
    "search_fts_log_page_del": ("AFTER DELETE ON pages", "OLD.document_id"),
    "search_fts_log_doc_ins": ("AFTER INSERT ON documents", "NEW.id"),
    "search_fts_log_doc_upd": (f"AFTER UPDATE OF {DOC_COLUMNS} ON documents", "NEW.id"),
    "search_fts_log_doc_del": ("AFTER DELETE ON documents", "OLD.id"),
    "search_fts_log_field_ins": (
        f"AFTER INSERT ON extracted_fields WHEN NEW.name IN {KEY_FIELDS}",
        "NEW.document_id",
    ),
    "search_fts_log_field_upd": (
        f"AFTER UPDATE OF value ON extracted_fields WHEN NEW.name IN {KEY_FIELDS}",
        "NEW.document_id",
    ),
    "search_fts_log_field_del": (
        f"AFTER DELETE ON extracted_fields WHEN OLD.name IN {KEY_FIELDS}",
        "OLD.document_id",
    ),
}

POSTGRES = [
    """
    CREATE TABLE search_fts_changes (
      document_id integer PRIMARY KEY,
      xid xid8 NOT NULL
    )
    """,
    "CREATE INDEX search_fts_changes_xid ON search_fts_changes (xid)",
    """
    CREATE FUNCTION search_fts_log() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE doc integer;
    BEGIN
      IF TG_TABLE_NAME = 'documents' THEN
        IF TG_OP = 'DELETE' THEN doc := OLD.id; ELSE doc := NEW.id; END IF;
      ELSE
        IF TG_OP = 'DELETE' THEN doc := OLD.document_id; ELSE doc := NEW.document_id; END IF;
      END IF;
      INSERT INTO search_fts_changes (document_id, xid) VALUES (doc, pg_current_xact_id())
        ON CONFLICT (document_id) DO UPDATE SET xid = EXCLUDED.xid
        WHERE search_fts_changes.xid <> EXCLUDED.xid;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER search_fts_log_page AFTER INSERT OR DELETE OR UPDATE OF text ON pages
      FOR EACH ROW EXECUTE FUNCTION search_fts_log()
    """,
    f"""
    CREATE TRIGGER search_fts_log_doc AFTER INSERT OR DELETE OR UPDATE OF {DOC_COLUMNS}
      ON documents FOR EACH ROW EXECUTE FUNCTION search_fts_log()
    """,
    f"""
    CREATE TRIGGER search_fts_log_field_new AFTER INSERT OR UPDATE OF value ON extracted_fields
      FOR EACH ROW WHEN (NEW.name IN {KEY_FIELDS}) EXECUTE FUNCTION search_fts_log()
    """,
    f"""
    CREATE TRIGGER search_fts_log_field_del AFTER DELETE ON extracted_fields
      FOR EACH ROW WHEN (OLD.name IN {KEY_FIELDS}) EXECUTE FUNCTION search_fts_log()
    """,
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES:
            op.execute(statement)
        return
    op.execute(
        "CREATE TABLE search_fts_changes (document_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL)"
    )
    op.execute("CREATE INDEX search_fts_changes_seq ON search_fts_changes (seq)")
    for name, (when, ref) in SQLITE_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {SQLITE_LOG.format(ref=ref)} END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in (
            ("search_fts_log_page", "pages"),
            ("search_fts_log_doc", "documents"),
            ("search_fts_log_field_new", "extracted_fields"),
            ("search_fts_log_field_del", "extracted_fields"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS search_fts_log()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts_changes")
