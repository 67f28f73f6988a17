"""Auditor search on a tantivy index derived from the database (``archive.search_engine =
"tantivy"``): the same query syntax, facets and result shape as the database engines.

What is indexed: exactly what the database's full text gets, from the ``search_source`` view
(key fields, page text) plus the facet columns of ``documents``. Each text is indexed twice,
French and English (simple tokenizer, lower case, ASCII folding, Snowball stemmer), like
PostgreSQL's two configurations; a query word matches either. Key fields weigh 4x, as in
SQLite's bm25 weights.

How it stays current: triggers (migration ``0004_archive_search_changes``) log every
document whose text or facets change, deletions included. Before each search the index
checks the log against the mark it last synced with (one indexed query) and, when behind,
indexes those documents and commits. The log, not a hook in the pipeline's code, so that
every writer is seen: the API, the worker processes, migrations, an operator's SQL.

Several processes: tantivy allows one writer per index, so writes happen only under an
exclusive ``flock`` on ``<index>.lock`` (and a thread lock within a process). A search
that finds another process indexing does not wait for it: it answers from the last
committed index. The index folder can be deleted at any time: the next search (or
``orderdesk search reindex``) rebuilds it from the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import tantivy
from sqlalchemy import Date, Engine, Float, bindparam, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from archive.search import (
    FACETS,
    START,
    STOP,
    SearchQuery,
    SearchResult,
    Term,
    _facet_sql,
    _hits,
    fold,
)
from models.db import READ_ONLY
from models.errors import Unavailable

if TYPE_CHECKING:
    from models.settings import Settings

SCHEMA_VERSION = 1
STATE = "orderdesk-state.json"
KEYS_BOOST = 4.0
SNIPPET_CHARS = 180
PREFIX_TERMS = 256  # a prefix with more terms than this is matched by a regex (unscored)
WRITER_HEAP = 64_000_000
BATCH = 500
Progress = Callable[[int, int], None]


class SearchIndexError(Unavailable, RuntimeError):
    """The tantivy index folder cannot be used; the message says what to do."""


def _analyzer(language: str | None) -> tantivy.TextAnalyzer:
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
    )
    if language:
        builder = builder.filter(tantivy.Filter.stemmer(language))
    return builder.build()


ANALYZERS = {"od_fr": _analyzer("french"), "od_en": _analyzer("english")}
FOLD = _analyzer(None)  # prefixes: folded like the index, never stemmed
# (field, analyzer, boost): what a query word is looked up in
TEXT_FIELDS = (
    ("keys_fr", "od_fr", KEYS_BOOST),
    ("keys_en", "od_en", KEYS_BOOST),
    ("body_fr", "od_fr", 1.0),
    ("body_en", "od_en", 1.0),
)


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("id", indexed=True, fast=True)
    b.add_text_field("keys_fr", stored=True, tokenizer_name="od_fr")
    b.add_text_field("keys_en", tokenizer_name="od_en")
    b.add_text_field("body_fr", stored=True, tokenizer_name="od_fr")
    b.add_text_field("body_en", tokenizer_name="od_en")
    for name in FACETS:
        b.add_text_field(name, tokenizer_name="raw", fast=True)
    b.add_text_field("customer", tokenizer_name="raw")  # folded name, matched by a regex
    b.add_date_field("document_date", indexed=True, fast=True)
    b.add_float_field("total_gross", indexed=True, fast=True)
    return b.build()


SCHEMA = _schema()


# -- the index folder, its state and its writer lock -----------------------------------------
@dataclass(frozen=True)
class State:
    version: int
    db: str  # which database the index was derived from
    generation: str  # changes when the folder is recreated: other processes reopen it
    mark: str  # how far the change log has been read (SQLite seq / PostgreSQL snapshot)


class TantivyIndex:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self._index: tantivy.Index | None = None
        self._generation: str | None = None
        self._mutex = threading.Lock()

    # state ---------------------------------------------------------------------------------
    def read_state(self) -> State | None:
        try:
            raw = json.loads((self.path / STATE).read_text())
            return State(int(raw["version"]), raw["db"], raw["generation"], str(raw["mark"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_state(self, state: State) -> None:
        tmp = self.path / f".{STATE}.{os.getpid()}"
        tmp.write_text(json.dumps(state.__dict__))
        os.replace(tmp, self.path / STATE)

    def _open(self, generation: str) -> tantivy.Index:
        if self._index is None or self._generation != generation:
            index = tantivy.Index(SCHEMA, path=str(self.path), reuse=True)
            for name, analyzer in ANALYZERS.items():
                index.register_tokenizer(name, analyzer)
            self._index, self._generation = index, generation
        return self._index

    @contextlib.contextmanager
    def _locked(self, *, wait: bool) -> Iterator[bool]:
        """The writer lock: across processes (flock) and threads. Yields False when it is
        taken and ``wait`` is false."""
        if not self._mutex.acquire(blocking=wait):
            yield False
            return
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.lock_path, "a+") as fh:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                except BlockingIOError:
                    yield False
                    return
                try:
                    yield True
                finally:
                    fcntl.flock(fh, fcntl.LOCK_UN)
        finally:
            self._mutex.release()

    # keeping it current --------------------------------------------------------------------
    def searcher(self, bind: Engine) -> tantivy.Searcher:
        """A searcher on the index brought up to date with the database's change log."""
        db = _db_identity(bind)
        state = self.read_state()
        if not _usable(state, db):
            state = self._rebuild(bind, force=False)
        else:
            assert state is not None
            with _read(bind) as conn:
                pending, restored = _pending(conn, state.mark)
            if restored:
                state = self._rebuild(bind, force=True)
            elif pending:
                state = self._catch_up(bind) or state
        index = self._open(state.generation)
        index.reload()
        return index.searcher()

    def _catch_up(self, bind: Engine) -> State | None:
        with self._locked(wait=False) as mine:
            if not mine:  # another process or thread is writing: read what is committed
                return None
            state = self.read_state()
            if not _usable(state, _db_identity(bind)):
                return self._rebuild_locked(bind, None)
            assert state is not None
            with _read(bind) as conn:
                mark = _current_mark(conn)  # before the changes: a later one is seen again
                ids = _changed_ids(conn, state.mark)
                writer = self._open(state.generation).writer(WRITER_HEAP, 1)
                try:
                    if ids:  # (delete by term turns a u64 into an i64 term, and misses)
                        writer.delete_documents_by_query(
                            tantivy.Query.term_set_query(SCHEMA, "id", ids)
                        )
                    for start in range(0, len(ids), BATCH):
                        for row in _rows(conn, ids[start : start + BATCH]):
                            writer.add_document(_document(row))
                    writer.commit()
                except BaseException:
                    writer.rollback()
                    raise
                writer.wait_merging_threads()
            state = replace(state, mark=mark)
            self._write_state(state)
            return state

    def _rebuild(self, bind: Engine, *, force: bool, progress: Progress | None = None) -> State:
        with self._locked(wait=True):
            state = self.read_state()
            if not force and _usable(state, _db_identity(bind)):
                assert state is not None
                return state  # another process built it while we waited
            return self._rebuild_locked(bind, progress)

    def _rebuild_locked(self, bind: Engine, progress: Progress | None) -> State:
        state = self.read_state()
        if state is not None and state.version == SCHEMA_VERSION:
            generation = state.generation  # same folder: rebuilt in place, readers go on
        else:
            self._clear()
            generation = uuid.uuid4().hex
        self.path.mkdir(parents=True, exist_ok=True)
        index = self._open(generation)
        with _read(bind) as conn:
            mark = _current_mark(conn)
            total = int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
            writer = index.writer(WRITER_HEAP * 2, 0)
            try:
                writer.delete_all_documents()
                done = 0
                for row in conn.execution_options(yield_per=BATCH).execute(_source()):
                    writer.add_document(_document(row))
                    done += 1
                    if progress and done % BATCH == 0:
                        progress(done, total)
                writer.commit()
            except BaseException:
                writer.rollback()
                raise
            writer.wait_merging_threads()
        if progress:
            progress(done, total)
        state = State(SCHEMA_VERSION, _db_identity(bind), generation, mark)
        self._write_state(state)
        return state

    def _clear(self) -> None:
        """Remove an index of another schema version, or a broken one; never a folder that
        holds anything else."""
        if not self.path.exists():
            return
        entries = list(self.path.iterdir())
        if entries and not (self.path / "meta.json").exists() and not (self.path / STATE).exists():
            raise SearchIndexError(
                f"{self.path} is not empty and holds no search index: set "
                "ORDERDESK_ARCHIVE__SEARCH_INDEX_DIR to an empty or new folder"
            )
        shutil.rmtree(self.path)
        self._index = None

    def rebuild(self, bind: Engine, progress: Progress | None = None) -> int:
        """Rebuild from the database; the number of documents the index now holds."""
        index = self._open(self._rebuild(bind, force=True, progress=progress).generation)
        index.reload()
        return int(index.searcher().num_docs)


def _usable(state: State | None, db: str) -> bool:
    return state is not None and state.version == SCHEMA_VERSION and state.db == db


_INDEXES: dict[Path, TantivyIndex] = {}
_INDEXES_LOCK = threading.Lock()


def index_dir(settings: Settings) -> Path:
    return (settings.archive.search_index_dir or settings.data_dir / "search-index").resolve()


def index_for(settings: Settings) -> TantivyIndex:
    path = index_dir(settings)
    with _INDEXES_LOCK:
        if path not in _INDEXES:
            _INDEXES[path] = TantivyIndex(path)
        return _INDEXES[path]


# -- the database side -----------------------------------------------------------------------
def _db_identity(bind: Engine) -> str:
    return make_url(bind.url).render_as_string(hide_password=True)


@contextlib.contextmanager
def _read(bind: Engine) -> Iterator[Connection]:
    """A connection of its own that only reads: committed data, no write lock on SQLite
    (the caller's session may hold it)."""
    with bind.execution_options(**{READ_ONLY: True}).connect() as conn:
        yield conn


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


_PG_UNSEEN = (
    "xid >= pg_snapshot_xmin(CAST(:mark AS pg_snapshot)) "
    "AND NOT pg_visible_in_snapshot(xid, CAST(:mark AS pg_snapshot))"
)


def _current_mark(conn: Connection) -> str:
    if _pg(conn):
        return str(conn.execute(text("SELECT pg_current_snapshot()::text")).scalar_one())
    sql = "SELECT coalesce(max(seq), 0) FROM search_fts_changes"
    return str(conn.execute(text(sql)).scalar_one())


def _pending(conn: Connection, mark: str) -> tuple[bool, bool]:
    """(changes not yet indexed, the database is older than the index: restored)."""
    if _pg(conn):
        row = conn.execute(
            text(
                f"SELECT EXISTS (SELECT 1 FROM search_fts_changes WHERE {_PG_UNSEEN}), "  # noqa: S608
                "pg_snapshot_xmin(pg_current_snapshot()) < pg_snapshot_xmin(CAST(:mark AS "
                "pg_snapshot))"
            ),
            {"mark": mark},
        ).one()
        return bool(row[0]), bool(row[1])
    top = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM search_fts_changes")).one()[0])
    return top > int(mark), top < int(mark)


def _changed_ids(conn: Connection, mark: str) -> list[int]:
    if _pg(conn):
        sql = f"SELECT document_id FROM search_fts_changes WHERE {_PG_UNSEEN}"  # noqa: S608
        return [int(r[0]) for r in conn.execute(text(sql), {"mark": mark})]
    sql = "SELECT document_id FROM search_fts_changes WHERE seq > :mark"
    return [int(r[0]) for r in conn.execute(text(sql), {"mark": int(mark)})]


_SOURCE = (
    "SELECT d.id, d.doc_type, d.status, d.channel, d.document_date, d.total_gross, "
    "d.customer_name, s.keys, s.body FROM documents d JOIN search_source s ON s.id = d.id"
)


def _source(ids: bool = False) -> Any:
    sql = text(_SOURCE + (" WHERE d.id IN :ids" if ids else "")).columns(
        document_date=Date, total_gross=Float
    )
    return sql.bindparams(bindparam("ids", expanding=True)) if ids else sql


def _rows(conn: Connection, ids: Sequence[int]) -> list[Any]:
    return list(conn.execute(_source(ids=True), {"ids": list(ids)})) if ids else []


def _document(row: Any) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("id", int(row.id))
    for name, value in (("keys", row.keys), ("body", row.body)):
        for lang in ("fr", "en"):
            doc.add_text(f"{name}_{lang}", value or "")
    for name in FACETS:
        if getattr(row, name):
            doc.add_text(name, str(getattr(row, name)))
    if row.customer_name:
        doc.add_text("customer", fold(row.customer_name))
    if row.document_date is not None:
        doc.add_date("document_date", _midnight(row.document_date))
    if row.total_gross is not None:
        doc.add_float("total_gross", float(row.total_gross))
    return doc


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


# -- the query ---------------------------------------------------------------------------------
def _text_query(clauses: list[list[Term]], searcher: tantivy.Searcher) -> tantivy.Query:
    ors = []
    for clause in clauses:
        parts = [
            (tantivy.Occur.MustNot if t.negated else tantivy.Occur.Must, _term(t, searcher))
            for t in clause
        ]
        ors.append(tantivy.Query.boolean_query(parts))
    if len(ors) == 1:
        return ors[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in ors])


def _term(t: Term, searcher: tantivy.Searcher) -> tantivy.Query:
    """One term of the query language, in French or English, in key fields or text."""
    shoulds = []
    for field, analyzer, boost in TEXT_FIELDS:
        q = _field_term(t, field, ANALYZERS[analyzer], searcher)
        if q is not None:
            shoulds.append(
                (tantivy.Occur.Should, tantivy.Query.boost_query(q, boost) if boost != 1 else q)
            )
    if not shoulds:
        return tantivy.Query.empty_query()
    return tantivy.Query.boolean_query(shoulds)


def _field_term(
    t: Term, field: str, analyzer: tantivy.TextAnalyzer, searcher: tantivy.Searcher
) -> tantivy.Query | None:
    if t.prefix:
        folded = FOLD.analyze(t.words[0])
        if len(folded) == 1:
            terms = searcher.terms_with_prefix(field, folded[0])
            if not terms:
                return None
            if len(terms) <= PREFIX_TERMS:  # scored and highlighted like whole words
                return tantivy.Query.boolean_query(
                    [
                        (tantivy.Occur.Should, tantivy.Query.term_query(SCHEMA, field, term))
                        for term, _count in terms
                    ]
                )
            return tantivy.Query.regex_query(SCHEMA, field, _regex_literal(folded[0]) + ".*")
    tokens = analyzer.analyze(" ".join(t.words))
    if not tokens:
        return None
    if len(tokens) == 1:
        return tantivy.Query.term_query(SCHEMA, field, tokens[0])
    words: list[str | tuple[int, str]] = list(tokens)
    return tantivy.Query.phrase_query(SCHEMA, field, words)


def _regex_literal(value: str) -> str:
    """Every character outside ASCII letters and digits as a \\x{..} escape."""
    return "".join(c if c.isascii() and c.isalnum() else f"\\x{{{ord(c):X}}}" for c in value)


def _filters(session: Session, query: SearchQuery) -> list[tantivy.Query] | None:
    """The facets as queries; None when no document can match (an unknown order number)."""
    out = []
    for name in FACETS:
        value = getattr(query, name)
        if value:
            out.append(tantivy.Query.term_query(SCHEMA, name, value))
    if query.customer:  # accents and case ignored, anywhere in the name, like the database
        pattern = ".*" + _regex_literal(fold(query.customer)) + ".*"
        out.append(tantivy.Query.regex_query(SCHEMA, "customer", pattern))
    if query.date_from or query.date_to:
        out.append(
            tantivy.Query.range_query(
                SCHEMA,
                "document_date",
                tantivy.FieldType.Date,
                _midnight(query.date_from) if query.date_from else None,
                _midnight(query.date_to) if query.date_to else None,
            )
        )
    if query.amount_min is not None or query.amount_max is not None:
        out.append(
            tantivy.Query.range_query(
                SCHEMA,
                "total_gross",
                tantivy.FieldType.Float,
                None if query.amount_min is None else float(query.amount_min),
                None if query.amount_max is None else float(query.amount_max),
            )
        )
    if query.order_number:  # links and orders live in the database: ask it which documents
        params: dict[str, Any] = {}
        where = _facet_sql(session, SearchQuery(order_number=query.order_number), params, "d")
        sql = f"SELECT d.id FROM documents d WHERE 1 = 1{where}"  # noqa: S608 - our SQL, bound values
        ids = session.execute(text(sql), params)
        wanted = [int(r[0]) for r in ids]
        if not wanted:
            return None
        out.append(tantivy.Query.term_set_query(SCHEMA, "id", wanted))
    return out


# -- running it --------------------------------------------------------------------------------
def search(
    session: Session,
    query: SearchQuery,
    clauses: list[list[Term]],
    settings: Settings,
    *,
    facets: bool = True,
) -> SearchResult:
    searcher = index_for(settings).searcher(session.get_bind().engine)
    filters = _filters(session, query)
    if filters is None:
        return SearchResult(items=[], total=0, facets={n: {} for n in FACETS} if facets else {})
    parts = [(tantivy.Occur.Must, _text_query(clauses, searcher))]
    parts += [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in filters]
    q = tantivy.Query.boolean_query(parts)
    if query.offset < searcher.num_docs:
        found = searcher.search(q, limit=query.limit, count=True, offset=query.offset)
        hits = found.hits
    else:  # past the end: tantivy would size its heap by the offset
        found, hits = searcher.search(q, limit=1, count=True), []
    counts: dict[str, dict[str, int]] = {}
    if facets:
        agg = searcher.aggregate(q, {n: {"terms": {"field": n, "size": 1000}} for n in FACETS})
        counts = {
            n: {str(b["key"]): int(b["doc_count"]) for b in agg[n]["buckets"]} for n in FACETS
        }
    addresses = [address for _score, address in hits]
    ids = searcher.fast_field_values("id", addresses) if addresses else []
    snippets = _snippets(searcher, q, addresses)
    rows = [
        (cast(int, i), score, snip)
        for i, (score, _a), snip in zip(ids, hits, snippets, strict=True)
    ]
    total = int(found.count or 0)  # type: ignore[attr-defined]  # (missing from the stub)
    return SearchResult(items=_hits(session, rows), total=total, facets=counts)


def _snippets(
    searcher: tantivy.Searcher, q: tantivy.Query, addresses: list[tantivy.DocAddress]
) -> list[str]:
    if not addresses:
        return []
    gens = {}
    for field, *_ in (("body_fr",), ("body_en",), ("keys_fr",), ("keys_en",)):
        gen = tantivy.SnippetGenerator.create(searcher, q, SCHEMA, field)
        gen.set_max_num_chars(SNIPPET_CHARS)
        gens[field] = gen
    out = []
    for address in addresses:
        doc = searcher.doc(address)
        body, keys = doc.get_first("body_fr") or "", doc.get_first("keys_fr") or ""
        snip = (
            _marked(gens["body_fr"].snippet_from_doc(doc))
            or _marked(gens["body_en"].snippet_from_doc(tantivy.Document(body_en=body)))
            or _marked(gens["keys_fr"].snippet_from_doc(doc))
            or _marked(gens["keys_en"].snippet_from_doc(tantivy.Document(keys_en=keys)))
            or body[:SNIPPET_CHARS]
        )
        out.append(snip)
    return out


def _marked(snippet: tantivy.Snippet) -> str:
    """The fragment with our markers around the matches (tantivy gives byte offsets)."""
    spans = sorted((h.start, h.end) for h in snippet.highlighted())
    if not spans:
        return ""
    raw, out, pos = snippet.fragment().encode(), bytearray(), 0
    for start, end in spans:
        out += raw[pos:start] + START.encode() + raw[start:end] + STOP.encode()
        pos = end
    out += raw[pos:]
    return out.decode("utf-8", "replace")


def rebuild(bind: Engine, settings: Settings, progress: Progress | None = None) -> int:
    """Rebuild the index from the database; returns the number of documents indexed."""
    return index_for(settings).rebuild(bind, progress)
