"""The tantivy engine: every auditor-search behaviour test of ``test_search`` (and the REST
and web search tests) again with ``archive.search_engine = "tantivy"`` (on SQLite and PostgreSQL,
the index following the database through its change log), plus rebuilding a deleted
index folder from the database with ``orderdesk search reindex``, and a search that does
not wait for another writer."""

# ruff: noqa: F811 - the imported corpus fixture is asked for by name
from __future__ import annotations

import fcntl
import shutil
import subprocess

import pytest
from sqlalchemy import delete, update

from archive.search import SearchQuery, configure, search
from archive.search_tantivy import index_dir
from models.db import session_scope
from models.documents import Page
from models.settings import Settings
from tests.api.test_out_of_range import (  # noqa: F401 - again, with this settings
    test_huge_ids_and_offsets_are_refused_not_crashed,
)
from tests.archive.test_api import setup, test_search_over_rest  # noqa: F401 - again
from tests.archive.test_search import (  # noqa: F401 - collected again with this settings
    corpus,
    test_a_french_document_is_found_without_accents,
    test_a_query_of_exclusions_only_is_explained,
    test_facets_follow_the_documents_changes,
    test_facets_narrow_the_text_search,
    test_snippets_highlight_matches_and_escape_the_text,
    test_stems_phrases_prefixes_and_exclusions,
    test_the_index_follows_edits_and_rebuilds,
)
from tests.archive.test_web import test_search_screen_view_and_saved_search  # noqa: F401
from tests.support.procs import ORDERDESK, REPO, env_for


@pytest.fixture
def settings(settings: Settings) -> Settings:
    tantivy = settings.model_copy(
        update={"archive": settings.archive.model_copy(update={"search_engine": "tantivy"})}
    )
    configure(tantivy)
    return tantivy


def test_the_tantivy_engine_answers(settings: Settings, corpus: dict[str, int]) -> None:
    with session_scope(settings.db_url) as session:
        result = search(session, SearchQuery(q="montreal"))
    assert [h.id for h in result.items] == [corpus["fr"]]
    assert (index_dir(settings) / "meta.json").exists()  # answered by tantivy, not the DB
    assert "<mark>Montréal</mark>" in result.items[0].snippet


def test_removed_text_leaves_the_index(settings: Settings, corpus: dict[str, int]) -> None:
    assert _search(settings, "paiement") == [corpus["other"]]
    with session_scope(settings.db_url) as session:
        session.execute(delete(Page).where(Page.document_id == corpus["other"]))
    assert _search(settings, "paiement") == []
    assert _search(settings, "acme") != []  # its key fields are still there


@pytest.mark.slow
def test_reindex_rebuilds_a_deleted_index_folder(
    settings: Settings, corpus: dict[str, int]
) -> None:
    assert _search(settings, "entrepot") == [corpus["fr"]]
    shutil.rmtree(index_dir(settings))
    # another process rebuilds it; this one notices the new folder and reopens it
    done = subprocess.run(
        [*ORDERDESK, "search", "reindex"],
        cwd=REPO,
        env=env_for(settings, ORDERDESK_ARCHIVE__SEARCH_ENGINE="tantivy"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "3 documents indexed (tantivy engine)" in done.stdout
    assert (index_dir(settings) / "meta.json").exists()
    assert _search(settings, "entrepot") == [corpus["fr"]]


def _search(settings: Settings, q: str) -> list[int]:
    with session_scope(settings.db_url) as session:
        return [h.id for h in search(session, SearchQuery(q=q)).items]


def test_a_search_does_not_wait_for_another_writer(
    settings: Settings, corpus: dict[str, int]
) -> None:
    assert _search(settings, "credit") == []
    with session_scope(settings.db_url) as session:
        session.execute(
            update(Page).where(Page.document_id == corpus["en"]).values(text="Crédit fournisseur")
        )
    lock = index_dir(settings).with_name(index_dir(settings).name + ".lock")
    with open(lock, "a+") as held:  # as another process indexing would hold it
        fcntl.flock(held, fcntl.LOCK_EX)
        assert _search(settings, "credit") == []  # the last committed index, at once
        fcntl.flock(held, fcntl.LOCK_UN)
    assert _search(settings, "credit") == [corpus["en"]]


def test_a_page_past_the_end_is_empty(settings: Settings, corpus: dict[str, int]) -> None:
    with session_scope(settings.db_url) as session:
        result = search(session, SearchQuery(q="acme", offset=10**12))
    assert result.items == [] and result.total == 2
