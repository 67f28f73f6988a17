"""archive: a narrow PostgreSQL search table with the facet columns beside the tsvector

The first version kept each document's keys and body text next to its tsvector, so every
matching row read wide heap pages, and facets needed a join to ``documents`` per match.
Now ``search_fts`` holds only the id, the facet columns (kept by a light trigger that does
not recompute the vector) and the tsvector, stored out of line: filtering and counting
read a few narrow pages; the text for snippets comes from ``search_source`` for the page
of hits only. SQLite's FTS5 index is unchanged. On both, an index over the documents' facet
columns (``search_fts_facets``, the search's own, not mapped) answers browsing by facets
and counting them without reading the wide document rows.

Revision ID: 0003_archive_search
Revises: 0002_archive
Create Date: 2026-11-24 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_archive_search"
down_revision: str | Sequence[str] | None = "0002_archive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACETS = "doc_type, status, channel, document_date, total_gross"

UPGRADE = [
    "DROP TABLE IF EXISTS search_fts",
    """
    CREATE TABLE search_fts (
      document_id integer PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      doc_type varchar(30),
      status varchar(20),
      channel varchar(40),
      document_date date,
      total_gross numeric,
      tsv tsvector NOT NULL
    )
    """,
    # out of line: a row is a few dozen bytes, so a scan of the matches reads few pages
    "ALTER TABLE search_fts ALTER COLUMN tsv SET STORAGE EXTERNAL",
    "CREATE INDEX search_fts_tsv ON search_fts USING gin (tsv)",
    f"""
    CREATE OR REPLACE FUNCTION search_fts_refresh(doc integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM search_fts WHERE document_id = doc;
      INSERT INTO search_fts (document_id, {FACETS}, tsv)
        SELECT d.id, d.doc_type, d.status, d.channel, d.document_date, d.total_gross,
               search_fts_vector(s.keys, s.body)
        FROM documents d JOIN search_source s ON s.id = d.id WHERE d.id = doc;
    END $$
    """,  # noqa: S608 - our constant, no user input
    """
    CREATE FUNCTION search_fts_on_facets() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE search_fts SET doc_type = NEW.doc_type, status = NEW.status,
        channel = NEW.channel, document_date = NEW.document_date,
        total_gross = NEW.total_gross
      WHERE document_id = NEW.id;
      RETURN NEW;
    END $$
    """,
    f"""
    CREATE TRIGGER search_fts_doc_facets AFTER UPDATE OF {FACETS} ON documents
      FOR EACH ROW EXECUTE FUNCTION search_fts_on_facets()
    """,
    "SELECT search_fts_refresh(id) FROM documents",
]

DOWNGRADE = [
    "DROP TRIGGER IF EXISTS search_fts_doc_facets ON documents",
    "DROP FUNCTION IF EXISTS search_fts_on_facets()",
    "DROP TABLE IF EXISTS search_fts",
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
    CREATE OR REPLACE FUNCTION search_fts_refresh(doc integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM search_fts WHERE document_id = doc;
      INSERT INTO search_fts (document_id, keys, body, tsv)
        SELECT s.id, s.keys, s.body, search_fts_vector(s.keys, s.body)
        FROM search_source s WHERE s.id = doc;
    END $$
    """,
    "SELECT search_fts_refresh(id) FROM documents",
]


FACET_INDEX = (
    "CREATE INDEX search_fts_facets ON documents "
    "(doc_type, document_date, status, channel, total_gross)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)
    op.execute(FACET_INDEX)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS search_fts_facets")
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
