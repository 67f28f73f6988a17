"""Auditor search: full text over documents' pages and key fields, combined with facets.

One query syntax whatever the engine:
  ``livraison montreal``  every word (accents and case ignored, stems where the engine has them)
  ``"bon de commande"``   the exact phrase;  ``PO-2026-0042`` is the phrase ``PO 2026 0042``
  ``factur*``             words starting with ``factur``
  ``-avoir``              without the word ``avoir``
  ``invoice OR facture``  either side (OR binds loosest)

Engines: SQLite FTS5 (unicode61, diacritics removed, porter stemming) on the embedded
default; PostgreSQL tsvector over French and English configurations with unaccent, GIN
indexed, in a narrow table that carries the facet columns (``0003_archive_search``). Both
indexes are kept by triggers; ``reindex`` rebuilds them from the ``search_source`` view.
Or, with ``archive.search_engine = "tantivy"``, a tantivy index derived from the database
(``archive/search_tantivy.py``); browsing by facets alone always asks the database.

Which engine: the settings registered for the session's database by ``configure`` (the
API and the CLI do), else the environment's settings when they name the same database,
else the database engine.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from models.errors import InvalidInput
from models.search import DocumentHeadline

if TYPE_CHECKING:
    from collections.abc import Callable

    from models.settings import Settings

START, STOP = "\x02", "\x03"
WORD = re.compile(r"\w+", re.UNICODE)
TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
FACETS = ("doc_type", "status", "channel")
MAX_OFFSET = 2**63 - 1


class SearchError(InvalidInput, ValueError):
    """The query cannot be understood; the message says how to write it."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


@dataclass
class SearchQuery:
    q: str = ""
    doc_type: str | None = None
    customer: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    order_number: str | None = None
    status: str | None = None
    channel: str | None = None
    limit: int = 20
    offset: int = 0

    def params(self) -> dict[str, Any]:
        """The non-empty criteria, as strings (for saved searches and links)."""
        return {
            k: str(v)
            for k, v in asdict(self).items()
            if v not in (None, "") and k not in ("limit", "offset")
        }


class SearchHit(DocumentHeadline):
    archived: bool
    score: float | None
    snippet: str  # HTML: text escaped, matches in <mark>


@dataclass
class SearchResult:
    items: list[SearchHit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


# -- the query language ------------------------------------------------------------------
def parse(q: str) -> list[list[Term]]:
    """A disjunction (OR) of conjunctions of terms; each conjunction has a positive term."""
    clauses: list[list[Term]] = [[]]
    for m in TOKEN.finditer(q):
        neg_phrase, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            clauses.append([])
            continue
        if phrase is not None:
            words, negated, prefix = WORD.findall(phrase.lower()), bool(neg_phrase), False
        else:
            negated = bare.startswith("-") and len(bare) > 1
            raw = bare[1:] if negated else bare
            prefix = raw.endswith("*")
            words = WORD.findall(raw.lower())
        if words:
            clauses[-1].append(Term(tuple(words), prefix and len(words) == 1, negated))
    clauses = [c for c in clauses if c]
    for clause in clauses:
        if all(t.negated for t in clause):
            raise SearchError(
                "a search needs at least one word that is not excluded (-word): "
                "add a word to look for"
            )
    return clauses


def fts5_match(clauses: list[list[Term]]) -> str:
    """The FTS5 MATCH string; every word is quoted, so no user input is FTS5 syntax."""

    def one(t: Term) -> str:
        body = '"' + " ".join(t.words) + '"'
        return body + "*" if t.prefix else body

    parts = []
    for clause in clauses:
        pos = " AND ".join(one(t) for t in clause if not t.negated)
        neg = "".join(f" NOT {one(t)}" for t in clause if t.negated)
        parts.append(f"({pos}{neg})")
    return " OR ".join(parts)


def pg_tsquery(clauses: list[list[Term]], params: dict[str, Any]) -> str:
    """A tsquery SQL expression: each term is looked up in French OR English; words are
    bound parameters made only of word characters."""

    def one(t: Term) -> str:
        name = f"w{len(params)}"
        if len(t.words) > 1:
            params[name] = " ".join(t.words)
            expr = (
                f"(phraseto_tsquery('orderdesk_fr', :{name}) || "
                f"phraseto_tsquery('orderdesk_en', :{name}))"
            )
        else:
            params[name] = t.words[0] + (":*" if t.prefix else "")
            expr = f"(to_tsquery('orderdesk_fr', :{name}) || to_tsquery('orderdesk_en', :{name}))"
        return f"!!{expr}" if t.negated else expr

    ors = []
    for clause in clauses:
        ors.append("(" + " && ".join(one(t) for t in clause) + ")")
    return "(" + " || ".join(ors) + ")"


# -- which engine ------------------------------------------------------------------------
_SETTINGS: dict[str, Settings | None] = {}


def _url_key(url: str | URL) -> str:
    return make_url(url).render_as_string(hide_password=True)


def configure(settings: Settings) -> None:
    """Searches on ``settings.db_url`` use ``settings.archive.search_engine``."""
    _SETTINGS[_url_key(settings.db_url)] = settings


def engine_settings(session: Session) -> Settings | None:
    """The settings that choose the engine for this session's database, if any."""
    key = _url_key(session.get_bind().engine.url)
    if key not in _SETTINGS:
        from models.settings import get_settings

        env = get_settings()
        _SETTINGS[key] = env if _url_key(env.db_url) == key else None
    return _SETTINGS[key]


def _tantivy(session: Session) -> Settings | None:
    settings = engine_settings(session)
    return settings if settings and settings.archive.search_engine == "tantivy" else None


# -- running it --------------------------------------------------------------------------
def search(session: Session, query: SearchQuery, *, facets: bool = True) -> SearchResult:
    if not (0 <= query.offset <= MAX_OFFSET and 0 <= query.limit <= MAX_OFFSET):
        # what a database can bind; refused the same way whatever the engine
        raise SearchError(f"offset and limit must be between 0 and {MAX_OFFSET}")
    clauses = parse(query.q)
    params: dict[str, Any] = {}
    dialect = session.get_bind().dialect.name
    if not clauses:
        where = _facet_sql(session, query, params, "d")
        return _browse(session, query, where, params, facets)
    tantivy_settings = _tantivy(session)
    if tantivy_settings is not None:
        from archive import search_tantivy

        return search_tantivy.search(session, query, clauses, tantivy_settings, facets=facets)
    if dialect == "postgresql":
        # search_fts carries the facet columns: filter and count without touching documents
        # unless the customer's name or an order number is asked for
        where = _facet_sql(session, query, params, "s")
        join = " JOIN documents d ON d.id = s.document_id" if _needs_documents(query) else ""
        # the tsquery is built once (a one-row subquery), not once per matching row
        tsq = pg_tsquery(clauses, params)
        base = (
            f"FROM search_fts s{join}, (SELECT {tsq} AS query OFFSET 0) q "
            f"WHERE s.tsv @@ q.query{where}"
        )
        # our own SQL fragments only; every user value is a bound parameter; the text for
        # the snippets is read for the page of hits only
        page = (
            f"SELECT p.id, p.score, ts_headline('orderdesk_fr', src.body, p.query, "  # noqa: S608
            f"'StartSel=\x02, StopSel=\x03, MaxWords=24, MinWords=10, MaxFragments=2, "
            f'FragmentDelimiter=" … "\') AS snip '
            f"FROM (SELECT s.document_id AS id, ts_rank(s.tsv, q.query) AS score, q.query {base} "
            f"ORDER BY score DESC, s.document_id DESC LIMIT :limit OFFSET :offset) p "
            f"JOIN search_source src ON src.id = p.id ORDER BY p.score DESC, p.id DESC"
        )
        return _run(session, query, base, page, params, facets, "s")
    where = _facet_sql(session, query, params, "d")
    params["match"] = fts5_match(clauses)
    base = (
        "FROM search_fts JOIN documents d ON d.id = search_fts.rowid "
        f"WHERE search_fts MATCH :match{where}"
    )
    # without facets the ranking needs no row of documents (cheaper on common words)
    ranked = base if where else "FROM search_fts WHERE search_fts MATCH :match"
    page = (
        "SELECT search_fts.rowid, -bm25(search_fts, 4.0, 1.0) AS score, "
        "snippet(search_fts, -1, char(2), char(3), ' … ', 24) AS snip "
        f"{ranked} ORDER BY bm25(search_fts, 4.0, 1.0), search_fts.rowid DESC "
        "LIMIT :limit OFFSET :offset"
    )
    return _run(session, query, base, page, params, facets, "d")


def _needs_documents(query: SearchQuery) -> bool:
    return bool(query.customer or query.order_number)


def _browse(
    session: Session, query: SearchQuery, where: str, params: dict[str, Any], facets: bool
) -> SearchResult:
    base = f"FROM documents d WHERE 1 = 1{where}"
    page = (
        f"SELECT d.id, NULL AS score, '' AS snip {base} "
        "ORDER BY d.document_date DESC, d.id DESC LIMIT :limit OFFSET :offset"
    )
    return _run(session, query, base, page, params, facets, "d")


def _run(
    session: Session,
    query: SearchQuery,
    base: str,
    page: str,
    params: dict[str, Any],
    facets: bool,
    alias: str,
) -> SearchResult:
    params = {**params, "limit": query.limit, "offset": query.offset}
    if session.get_bind().dialect.name == "postgresql":
        # JIT compilation costs more than these short queries ever save
        session.execute(text("SET LOCAL jit = off"))
    rows = session.execute(text(page), params).all()
    # one scan of the matches gives the total and every facet's counts
    cols = ", ".join(f"{alias}.{name}" for name in FACETS)
    grouped = session.execute(text(f"SELECT {cols}, count(*) {base} GROUP BY {cols}"), params).all()
    total = sum(int(r[-1]) for r in grouped)
    counts: dict[str, dict[str, int]] = {}
    if facets:
        for i, name in enumerate(FACETS):
            bucket: dict[str, int] = {}
            for r in grouped:
                if r[i] is not None:
                    bucket[str(r[i])] = bucket.get(str(r[i]), 0) + int(r[-1])
            counts[name] = bucket
    hits = _hits(session, list(rows))
    return SearchResult(items=hits, total=int(total), facets=counts)


def _hits(session: Session, rows: list[Any]) -> list[SearchHit]:
    from models.documents import Document

    if not rows:
        return []
    docs = {
        d.id: d for d in session.query(Document).filter(Document.id.in_([r[0] for r in rows])).all()
    }
    hits = []
    for doc_id, score, snip in rows:
        d = docs.get(doc_id)
        if d is None:  # deleted since a derived index saw it
            continue
        hits.append(
            SearchHit(
                **dict(DocumentHeadline.model_validate(d)),
                archived=d.archived_at is not None,
                score=None if score is None else round(float(score), 4),
                snippet=highlight_html(snip or ""),
            )
        )
    return hits


def highlight_html(snippet: str) -> str:
    """Escape the document's text; only our markers become <mark>."""
    return html.escape(" ".join(snippet.split())).replace(START, "<mark>").replace(STOP, "</mark>")


def _facet_sql(session: Session, query: SearchQuery, params: dict[str, Any], f: str) -> str:
    """The facets as SQL conditions on the columns of ``f`` (documents, or PostgreSQL's
    search_fts which carries the same columns); customer and order number on ``d``."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    conds = []
    for name in ("doc_type", "status", "channel"):
        value = getattr(query, name)
        if value:
            params[name] = value
            conds.append(f"{f}.{name} = :{name}")
    if query.customer:  # accents and case ignored, like the full text
        params["customer"] = "%" + _like_escape(fold(query.customer)) + "%"
        if sqlite:
            _sqlite_fold(session)
            conds.append("od_fold(d.customer_name) LIKE :customer ESCAPE '\\'")
        else:
            conds.append("lower(unaccent(d.customer_name)) LIKE :customer ESCAPE '\\'")
    if query.date_from:
        params["date_from"] = query.date_from
        conds.append(f"{f}.document_date >= :date_from")
    if query.date_to:
        params["date_to"] = query.date_to
        conds.append(f"{f}.document_date <= :date_to")
    for name, op in (("amount_min", ">="), ("amount_max", "<=")):
        value = getattr(query, name)
        if value is not None:
            params[name] = float(value) if sqlite else value
            conds.append(f"{f}.total_gross {op} :{name}")
    if query.order_number:
        params["order_number"] = query.order_number
        alternatives = [
            "(d.document_number = :order_number AND d.doc_type = 'purchase_order')",
            "EXISTS (SELECT 1 FROM extracted_fields f WHERE f.document_id = d.id "
            "AND f.name = 'order_number' AND f.value = :order_number)",
            "EXISTS (SELECT 1 FROM orders o WHERE o.document_id = d.id "
            "AND o.order_number = :order_number)",
        ]
        if _has_table(session, "document_links"):
            alternatives.append(
                "EXISTS (SELECT 1 FROM document_links l JOIN orders o ON o.id = l.order_id "
                "WHERE l.document_id = d.id AND o.order_number = :order_number)"
            )
        conds.append("(" + " OR ".join(alternatives) + ")")
    return "".join(f" AND {c}" for c in conds)


def fold(value: str) -> str:
    """Lower case without accents: "Société" -> "societe"."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _sqlite_fold(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    raw.create_function(  # type: ignore[union-attr]
        "od_fold", 1, lambda v: None if v is None else fold(v), deterministic=True
    )


_TABLES: dict[str, bool] = {}


def _has_table(session: Session, name: str) -> bool:
    # on the session's own connection: on SQLite another one would wait for our write lock
    conn = session.connection()
    key = f"{conn.engine.url}:{name}"
    if key not in _TABLES:
        _TABLES[key] = inspect(conn).has_table(name)
    return _TABLES[key]


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def reindex(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the full-text index of the configured engine from the database (after a
    restore, or to be sure); ``progress(done, total)`` is called as documents are indexed
    when the engine can tell."""
    tantivy_settings = _tantivy(session)
    if tantivy_settings is not None:
        from archive import search_tantivy

        return search_tantivy.rebuild(session.get_bind().engine, tantivy_settings, progress)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("DELETE FROM search_fts"))
        session.execute(
            text(
                "INSERT INTO search_fts (document_id, doc_type, status, channel, "
                "document_date, total_gross, tsv) "
                "SELECT d.id, d.doc_type, d.status, d.channel, d.document_date, d.total_gross, "
                "search_fts_vector(s.keys, s.body) FROM documents d "
                "JOIN search_source s ON s.id = d.id"
            )
        )
    else:
        session.execute(text("DELETE FROM search_fts"))
        session.execute(
            text(
                "INSERT INTO search_fts(rowid, keys, body) SELECT id, keys, body FROM search_source"
            )
        )
    return int(session.execute(text("SELECT count(*) FROM search_fts")).scalar_one())
