"""``GET /metrics`` for Prometheus. The figures come from the database at scrape time (see
``reporting.prometheus``), so one scrape of any API instance sees every worker's work.

Access follows the API: open until the first user exists, then a Bearer token is needed.
Give Prometheus a read-only user (``orderdesk users add prometheus --role auditor --token``)
and put the token in the scrape job's ``authorization: credentials_file``. Job counts,
customers' volumes and queue depths are business data, so they are not left open::

    scrape_configs:
      - job_name: orderdesk
        scrape_interval: 30s
        authorization: {credentials_file: /etc/prometheus/orderdesk.token}
        static_configs: [{targets: ["orderdesk.example:8000"]}]

Useful alerts: ``orderdesk_workers_alive == 0``, ``orderdesk_jobs_oldest_queued_seconds >
600``, ``increase(orderdesk_jobs_failed_total[1h]) > 0``, ``orderdesk_review_queue_overdue
> 0``, ``orderdesk_database_up == 0``.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.process_collector import ProcessCollector
from sqlalchemy.orm import Session

from api.auth import CurrentActor
from api.deps import ReadSession
from reporting.prometheus import DatabaseCollector

router = APIRouter(tags=["metrics"])


def registry_for(session: Session) -> CollectorRegistry:
    """A registry per scrape, reading through the request's session (cheap to build)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(session))
    ProcessCollector(namespace="orderdesk_api", registry=registry)
    return registry


@router.get("/metrics", response_class=Response, include_in_schema=False)
def metrics(_actor: CurrentActor, session: ReadSession) -> Response:
    """Prometheus text format."""
    return Response(generate_latest(registry_for(session)), media_type=CONTENT_TYPE_LATEST)
