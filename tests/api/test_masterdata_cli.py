"""``orderdesk masterdata import`` loads the shipped sample master data, and REST lists it."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

import api.cli.masterdata_cmds  # noqa: F401 - registers the verb
from api.app import create_app
from api.cli.app import app
from models.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "masterdata"


def test_import_sample_csv_then_list_over_rest(settings: Settings) -> None:
    env = {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}
    result = CliRunner().invoke(
        app,
        ["masterdata", "import", str(SAMPLES / "customers.csv"), str(SAMPLES / "products.csv")],
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert "customers +22" in result.output
    again = CliRunner().invoke(
        app, ["masterdata", "import", str(SAMPLES / "masterdata.json"), "--json"], env=env
    )
    assert again.exit_code == 0 and '"customers_updated": 22' in again.output
    with TestClient(create_app(settings)) as api:
        body = api.get("/api/masterdata/customers", params={"q": "Bernard"}).json()
        assert body["total"] == 1 and body["items"][0]["vat_id"].startswith("FR")
        assert api.get("/api/masterdata/products").json()["total"] > 100


def test_bad_file_exits_with_the_reason(
    tmp_path: Path, settings: Settings, sqlite_url: str
) -> None:
    bad = tmp_path / "x.csv"
    bad.write_text("what,ever\n1,2\n")
    env = {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}
    result = CliRunner().invoke(app, ["masterdata", "import", str(bad)], env=env)
    assert result.exit_code == 2 and "needs a 'sku' column" in result.output
