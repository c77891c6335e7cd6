"""Prometheus metrics: messages sent and failed, the due backlog, update handling latency.

Exposed at `/metrics` on the webhook server, or on METRICS_PORT in polling mode. The
prometheus-client library does the bookkeeping and the text format (a well-kept standard).
"""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

MESSAGES = Counter(
    "kneeguard_messages", "Reminder, check-in, escalation and broadcast messages by outcome",
    ["kind", "outcome"],
)  # fmt: skip
DUE_BACKLOG = Gauge(
    "kneeguard_due_backlog", "Deliveries that are due and not yet claimed, after the last tick"
)
UPDATE_SECONDS = Histogram(
    "kneeguard_update_handling_seconds", "Time from taking an update to finishing its handlers",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)  # fmt: skip

STRAVA_EVENTS = Counter(
    "kneeguard_strava_events", "Strava push events handled, by outcome (done, ignored, failed, "
    "waiting: postponed for the request budget or a retry)", ["outcome"],
)  # fmt: skip

BROADCAST = "broadcast"


def count_message(kind: str, outcome: str) -> None:
    """One delivery outcome; every broadcast counts under one label, not one per broadcast."""
    MESSAGES.labels(kind=kind, outcome=outcome).inc()


async def metrics_endpoint(_request: web.Request) -> web.Response:
    body = generate_latest()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
