"""The server-rendered web UI (Jinja2 + HTMX). Each module in ``pages/`` with a ``router`` is
included by ``api.app``; templates extend ``base.html``."""
