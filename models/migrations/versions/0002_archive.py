"""archive: legal holds, saved searches, and the full-text index kept by triggers

The index is derived from documents, pages and a few extracted fields through the view
``search_source``; triggers keep it current, so no stage has to call the archive.
SQLite: an FTS5 table (unicode61 without diacritics, porter stemming), rowid = document id.
PostgreSQL: a tsvector over French and English configurations that run unaccent, with GIN.

Revision ID: 0002_archive
Revises: 0001_core
Create Date: 2026-11-24 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0002_archive"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = ("archive",)
depends_on: str | Sequence[str] | None = None

KEY_FIELDS = "('order_number', 'customer_number', 'supplier_name', 'vat_id')"

SQLITE = [
    f"""
    CREATE VIEW search_source AS
    SELECT d.id AS id,
      trim(coalesce(d.document_number, '') || ' ' || coalesce(d.customer_name, '') || ' '
        || coalesce(d.original_name, '') || ' '
        || coalesce((SELECT group_concat(f.value, ' ') FROM extracted_fields f
                     WHERE f.document_id = d.id AND f.name IN {KEY_FIELDS}), '')) AS keys,
      coalesce((SELECT group_concat(p.text, char(10)) FROM pages p
                WHERE p.document_id = d.id), '') AS body
    FROM documents d
    """,  # noqa: S608 - our constant, no user input
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
      keys, body, tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
]
_REFRESH = """
  DELETE FROM search_fts WHERE rowid = {ref};
  INSERT INTO search_fts(rowid, keys, body) SELECT id, keys, body FROM search_source
    WHERE id = {ref};
"""
SQLITE_TRIGGERS = {
    "search_fts_page_ins": ("AFTER INSERT ON pages", "NEW.document_id"),
    "search_fts_page_upd": ("AFTER UPDATE OF text ON pages", "NEW.document_id"),
    "search_fts_page_del": ("AFTER DELETE ON pages", "OLD.document_id"),
    "search_fts_doc_ins": ("AFTER INSERT ON documents", "NEW.id"),
    "search_fts_doc_upd": (
        "AFTER UPDATE OF document_number, customer_name, original_name ON documents",
        "NEW.id",
    ),
    "search_fts_field_ins": (
        f"AFTER INSERT ON extracted_fields WHEN NEW.name IN {KEY_FIELDS}",
        "NEW.document_id",
    ),
    "search_fts_field_upd": (
        f"AFTER UPDATE OF value ON extracted_fields WHEN NEW.name IN {KEY_FIELDS}",
        "NEW.document_id",
    ),
    "search_fts_field_del": (
        f"AFTER DELETE ON extracted_fields WHEN OLD.name IN {KEY_FIELDS}",
        "OLD.document_id",
    ),
}

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'orderdesk_fr') THEN
        CREATE TEXT SEARCH CONFIGURATION orderdesk_fr (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION orderdesk_fr
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'orderdesk_en') THEN
        CREATE TEXT SEARCH CONFIGURATION orderdesk_en (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION orderdesk_en
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
    END $$
    """,
    f"""
    CREATE VIEW search_source AS
    SELECT d.id AS id,
      trim(coalesce(d.document_number, '') || ' ' || coalesce(d.customer_name, '') || ' '
        || coalesce(d.original_name, '') || ' '
        || coalesce((SELECT string_agg(f.value, ' ') FROM extracted_fields f
                     WHERE f.document_id = d.id AND f.name IN {KEY_FIELDS}), '')) AS keys,
      coalesce((SELECT string_agg(p.text, E'\\n' ORDER BY p.number) FROM pages p
                WHERE p.document_id = d.id), '') AS body
    FROM documents d
    """,  # noqa: S608 - our constant, no user input
    """
    CREATE FUNCTION search_fts_vector(keys text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE AS $$
      -- split "PO-2026-0042" and "1234.56" into words as FTS5 does (PostgreSQL's parser
      -- would read "-2026" as a signed number), so one query syntax fits both engines
      SELECT setweight(to_tsvector('orderdesk_fr', k), 'A')
          || setweight(to_tsvector('orderdesk_en', k), 'A')
          || to_tsvector('orderdesk_fr', b) || to_tsvector('orderdesk_en', b)
      FROM (SELECT regexp_replace(keys, '([[:alnum:]])[-/._]+(?=[[:alnum:]])', '\\1 ', 'g') AS k,
                   regexp_replace(body, '([[:alnum:]])[-/._]+(?=[[:alnum:]])', '\\1 ', 'g') AS b
           ) AS normalised
    $$
    """,
    """
    CREATE TABLE search_fts (
      document_id integer PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      keys text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      tsv tsvector NOT NULL
    )
    """,
    "CREATE INDEX search_fts_tsv ON search_fts USING gin (tsv)",
    """
    CREATE FUNCTION search_fts_refresh(doc integer) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM search_fts WHERE document_id = doc;
      INSERT INTO search_fts (document_id, keys, body, tsv)
        SELECT s.id, s.keys, s.body, search_fts_vector(s.keys, s.body)
        FROM search_source s WHERE s.id = doc;
    END $$
    """,
    """
    CREATE FUNCTION search_fts_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        PERFORM search_fts_refresh(OLD.document_id);
        RETURN OLD;
      END IF;
      PERFORM search_fts_refresh(NEW.document_id);
      RETURN NEW;
    END $$
    """,
    """
    CREATE FUNCTION search_fts_on_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM search_fts_refresh(NEW.id);
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER search_fts_page AFTER INSERT OR DELETE OR UPDATE OF text ON pages
      FOR EACH ROW EXECUTE FUNCTION search_fts_on_child()
    """,
    """
    CREATE TRIGGER search_fts_doc AFTER INSERT
      OR UPDATE OF document_number, customer_name, original_name ON documents
      FOR EACH ROW EXECUTE FUNCTION search_fts_on_document()
    """,
    f"""
    CREATE TRIGGER search_fts_field_new AFTER INSERT OR UPDATE OF value ON extracted_fields
      FOR EACH ROW WHEN (NEW.name IN {KEY_FIELDS}) EXECUTE FUNCTION search_fts_on_child()
    """,
    f"""
    CREATE TRIGGER search_fts_field_del AFTER DELETE ON extracted_fields
      FOR EACH ROW WHEN (OLD.name IN {KEY_FIELDS}) EXECUTE FUNCTION search_fts_on_child()
    """,
]


def upgrade() -> None:
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "params",
            sa.JSON(),
            nullable=False,
            comment="the query string and facets, as sent to GET /api/search",
        ),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_searches")),
    )
    with op.batch_alter_table("saved_searches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_searches_owner"), ["owner"], unique=False)
    with op.batch_alter_table("archive_objects", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "legal_hold",
                sa.Boolean(),
                server_default=sa.false(),
                nullable=False,
                comment="held beyond retention (litigation, audit)",
            )
        )

    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES:
            op.execute(statement)
        op.execute("SELECT search_fts_refresh(id) FROM documents")
    else:
        for statement in SQLITE:
            op.execute(statement)
        for name, (when, ref) in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN {_REFRESH.format(ref=ref)} END")
        op.execute(
            "INSERT INTO search_fts(rowid, keys, body) SELECT id, keys, body FROM search_source"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS search_fts CASCADE")
        op.execute("DROP TRIGGER IF EXISTS search_fts_page ON pages")
        op.execute("DROP TRIGGER IF EXISTS search_fts_doc ON documents")
        op.execute("DROP TRIGGER IF EXISTS search_fts_field_new ON extracted_fields")
        op.execute("DROP TRIGGER IF EXISTS search_fts_field_del ON extracted_fields")
        for fn in (
            "search_fts_on_child()",
            "search_fts_on_document()",
            "search_fts_refresh(integer)",
            "search_fts_vector(text, text)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
        op.execute("DROP VIEW IF EXISTS search_source")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
        op.execute("DROP VIEW IF EXISTS search_source")
    with op.batch_alter_table("archive_objects", schema=None) as batch_op:
        batch_op.drop_column("legal_hold")
    with op.batch_alter_table("saved_searches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_searches_owner"))
    op.drop_table("saved_searches")
