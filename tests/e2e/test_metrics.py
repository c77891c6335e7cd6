"""Prometheus metrics: sent messages, the due backlog and update latency are exposed."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client import REGISTRY

from bot.runner import status_app
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_metrics_count_sends_backlog_and_updates(harness: BotHarness) -> None:
    sent_before = sample("kneeguard_messages_total", kind="warmup", outcome="sent")
    updates_before = sample("kneeguard_update_handling_seconds_count")
    runner = harness.user(6001)
    await runner_with_plan(harness, 6001)
    await runner.send_command("/plan")
    await runner.next_bot_message()
    harness.clock.advance(timedelta(minutes=91))  # Monday's 07:30 Berlin warm-up is due
    await harness.tick()

    assert harness.application is not None
    async with TestClient(TestServer(status_app(harness.application))) as client:
        response = await client.get("/metrics")
        body = await response.text()
        health = await client.get("/healthz")
    assert response.status == 200 and health.status == 200
    assert "kneeguard_due_backlog 0.0" in body
    assert sample("kneeguard_messages_total", kind="warmup", outcome="sent") == sent_before + 1
    assert sample("kneeguard_update_handling_seconds_count") >= updates_before + 1
