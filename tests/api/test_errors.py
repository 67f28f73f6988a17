"""One error root, mapped once by the API and once by the CLI: every stage's deliberate
errors reach a user as the same status (or exit code), message and code."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli.main import app as cli
from models.settings import Settings
from models.storage import ObjectStoreError
from tests.archive.support import make_archived


class _StoreDown:
    """The archive as a user meets it when S3 is away."""

    backend = "s3"

    def get(self, key: str, version_id: str | None = None) -> bytes:
        raise ObjectStoreError(f"could not read {key}: connection refused")

    def __getattr__(self, name: str) -> Any:
        raise ObjectStoreError("the archive is not reachable")


def test_api_answers_each_stage_error_with_its_status_message_and_code(
    settings: Settings,
) -> None:
    doc = make_archived(settings)
    app = create_app(settings)
    client = TestClient(app)

    missing = client.get("/api/archive/documents/424242")  # archive
    assert missing.status_code == 404
    assert missing.json() == {"detail": "document 424242 does not exist", "code": "not_found"}

    bad_range = client.get("/api/kpis", params={"from": "March"})  # reporting
    assert bad_range.status_code == 422 and bad_range.json()["code"] == "invalid_input"
    assert "YYYY-MM-DD" in bad_range.json()["detail"]

    only_excluded = client.get("/api/search", params={"q": "-invoice"})  # archive search
    assert only_excluded.status_code == 422 and only_excluded.json()["code"] == "invalid_input"
    assert "add a word to look for" in only_excluded.json()["detail"]

    app.state.store = _StoreDown()
    down = client.get(f"/api/documents/{doc}/original")
    assert down.status_code == 503
    assert down.json()["code"] == "archive_unavailable"
    assert "connection refused" in down.json()["detail"]


def test_cli_exits_with_the_errors_code_and_says_why(settings: Settings) -> None:
    env = {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}
    runner = CliRunner()
    make_archived(settings)

    hold = runner.invoke(cli, ["archive", "hold", "424242", "--reason", "case 7"], env=env)
    assert hold.exit_code == 2
    assert "error: not_found: document 424242 does not exist" in hold.output

    release = runner.invoke(cli, ["quarantine", "release", "1", "--reason", "dup"], env=env)
    assert release.exit_code == 1
    assert "error: invalid_state: document 1 is not in quarantine" in release.output
