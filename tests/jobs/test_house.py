"""The house's import rules (DESIGN.md, "The house"), checked on the source: data flows one
way, ``api/`` is only the surface, and the job machinery knows no stage."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OURS = {
    "models",
    "jobs",
    "einvoice",
    "ingest",
    "extraction",
    "approvals",
    "linking",
    "archive",
    "outbound",
    "reporting",
    "learning",
    "flow",
    "accounts",
    "api",
}


def imports_of(package: str) -> dict[str, set[str]]:
    """Which of our top-level packages each module of ``package`` imports (anywhere in it,
    including imports inside functions)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = (names & (OURS | {"samples"})) - {package}
    return found


def test_only_the_surface_imports_api() -> None:
    offenders = {
        module: sorted(names)
        for package in OURS - {"api"}
        for module, names in imports_of(package).items()
        if "api" in names
    }
    assert offenders == {}


def test_jobs_and_models_know_no_stage() -> None:
    assert {m: n for m, n in imports_of("models").items() if n} == {}
    assert {m: n for m, n in imports_of("jobs").items() if n - {"models"}} == {}


def test_einvoice_lies_below_the_stages() -> None:
    """E-invoice formats are shared by extraction (reading) and outbound (writing): they sit
    below both, so neither has to reach into the other for them."""
    assert {m: n for m, n in imports_of("einvoice").items() if n - {"models"}} == {}


# what each stage may import besides itself (README, "How it is built"); what joins stages
# lives in ``flow/``, what they share in ``models/``
STAGE_IMPORTS = {
    "ingest": {"models", "jobs", "einvoice"},
    "extraction": {"models", "einvoice"},
    "learning": {"models", "jobs", "extraction"},
    "approvals": {"models", "jobs", "extraction"},
    "linking": {"models", "jobs"},
    "outbound": {"models", "jobs", "einvoice"},  # never extraction: e-invoices lie below both
    "archive": {"models", "jobs"},
    "reporting": {"models", "jobs"},
    "accounts": {"models"},  # users and credentials: the CLI and the admin screen share them
}


def test_stages_import_only_what_lies_below_them() -> None:
    offenders = {
        module: sorted(names - allowed)
        for package, allowed in STAGE_IMPORTS.items()
        for module, names in imports_of(package).items()
        if names - allowed
    }
    assert offenders == {}


def test_the_surface_reaches_samples_and_the_queue_only_through_the_flow() -> None:
    """``api/`` shows the stages and calls ``flow/``; what ``run --samples`` seeds
    (``flow.masterdata.seed_samples``) and the worker processes (``flow.processes``) are the
    flow's, so the surface imports neither ``samples`` nor ``jobs``."""
    offenders = {
        module: sorted(names & {"samples", "jobs"})
        for module, names in imports_of("api").items()
        if names & {"samples", "jobs"}
    }
    assert offenders == {}


# the builtin exceptions a class of ours may derive from only beside the error root (a
# ``ValueError`` kept for callers that catch that too); never alone
BUILTIN_ERRORS = {"Exception", "ValueError", "RuntimeError", "LookupError", "KeyError"}


def test_every_error_of_ours_has_the_one_root() -> None:
    """Whatever a stage, the surface or the flow raises on purpose is an ``OrderdeskError``
    (models.errors), so the worker, the CLI and the API each map it in one place: no class
    of ours derives from a builtin exception alone."""
    offenders = []
    for package in sorted(OURS):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ClassDef) or not node.bases:
                    continue
                bases = {b.id if isinstance(b, ast.Name) else "" for b in node.bases}
                if bases <= BUILTIN_ERRORS and bases & BUILTIN_ERRORS:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert offenders == ["models/errors.py:OrderdeskError"]


def test_every_library_imported_is_declared() -> None:
    """A library the code imports is in pyproject.toml's dependencies (or an optional group),
    not there by chance because another one pulled it in."""
    import importlib.metadata
    import re
    import sys
    import tomllib

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for group in project.get("optional-dependencies", {}).values():
        wanted += group
    declared = {norm(re.split(r"[<>=!~\[;\s]", spec, maxsplit=1)[0]) for spec in wanted}
    provides = importlib.metadata.packages_distributions()
    ours = OURS | {"samples"}
    undeclared: dict[str, set[str]] = {}
    for package in sorted(ours):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = {node.module.split(".")[0]}
                else:
                    continue
                for name in names - ours - set(sys.stdlib_module_names) - {"__future__"}:
                    if name.startswith("_"):  # typing-only (_typeshed)
                        continue
                    dists = {norm(d) for d in provides.get(name, [name])}
                    if not dists & declared:
                        undeclared.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    assert undeclared == {}


# approvals' deciding functions: what follows each is queued by ``flow.decisions``
DECIDING = {
    "approve",
    "reject",
    "mark_duplicate",
    "mark_not_duplicate",
    "route",
    "approve_eligible",
}


def test_the_surface_decides_only_through_the_flow() -> None:
    """A route or page that decided through ``approvals`` directly would have to remember to
    queue what follows (linking, confirmation, archive…); it goes through ``flow.decisions``."""
    offenders = []
    for path in sorted((ROOT / "api").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("review", "bulk")
                and node.func.attr in DECIDING
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_app_lists_every_module_of_routes() -> None:
    """``api.app.SURFACES`` names the route modules (no scanning); one left out of it would
    answer nothing, silently."""
    from api.app import SURFACES

    defining = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for folder in ("api/routes", "api/web/pages")
        for path in (ROOT / folder).glob("*.py")
        if "router = APIRouter(" in path.read_text(encoding="utf-8")
    )
    assert sorted(SURFACES) == defining
