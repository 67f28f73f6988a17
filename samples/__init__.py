"""The bundled sample documents, their generators and ground truth.

``BORN_DIGITAL`` and ``MASTERDATA`` are what ``orderdesk run --samples`` puts into an empty
installation (``ingest.seed.seed_inbox``, ``flow.masterdata.seed_masterdata``).
"""

from pathlib import Path

BORN_DIGITAL = Path(__file__).resolve().parent / "born_digital"
MASTERDATA = Path(__file__).resolve().parent / "masterdata" / "masterdata.json"
