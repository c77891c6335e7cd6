"""getUpdates long polling and the webhook methods."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from emulator.errors import bad_request, conflict
from emulator.params import Params
from emulator.updates import WebhookConfig

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MAX_LIMIT = 100
SECRET_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
WEBHOOK_ACTIVE = "can't use getUpdates method while webhook is active; use deleteWebhook to " \
    "delete the webhook first"
SUPERSEDED = "terminated by other getUpdates request; make sure that only one bot instance is " \
    "running"


async def get_updates(emulator: BotApiEmulator, params: Params) -> Any:
    """getUpdates: confirm below offset, then answer at once or when an update arrives."""
    queue = emulator.queue
    if queue.webhook is not None:
        raise conflict(WEBHOOK_ACTIVE)
    limit = min(max(params.get_int("limit", MAX_LIMIT) or MAX_LIMIT, 1), MAX_LIMIT)
    timeout = max(params.get_int("timeout", 0) or 0, 0)
    queue.set_allowed(params.get_json("allowed_updates"))
    queue.confirm(params.get_int("offset", 0) or 0)
    generation = queue.start_poller()

    def ready() -> bool:
        return (
            bool(queue.available(limit))
            or queue.closing
            or generation != queue.poller_generation
            or queue.webhook is not None
        )

    queue.active_polls += 1
    try:
        await queue.signal.wait_for(ready, timeout, "updates")
    except TimeoutError:
        pass
    finally:
        queue.active_polls -= 1
        queue.signal.bump()
    if queue.webhook is not None:
        raise conflict(WEBHOOK_ACTIVE)
    if generation != queue.poller_generation:
        raise conflict(SUPERSEDED)
    updates = [] if queue.closing else queue.available(limit)
    queue.mark_fetched(updates)
    return updates


async def set_webhook(emulator: BotApiEmulator, params: Params) -> Any:
    """setWebhook: http(s) URL (plain http allowed on loopback), optional secret token."""
    url = params.get_str("url") or ""
    if not url:
        return await delete_webhook(emulator, params)
    if not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.get_str("secret_token")
    if secret is not None and not SECRET_TOKEN_PATTERN.match(secret):
        raise bad_request("secret token contains unallowed characters")
    queue = emulator.queue
    if params.get_bool("drop_pending_updates"):
        queue.drop_all()
    queue.set_allowed(params.get_json("allowed_updates"))
    queue.webhook = WebhookConfig(
        url=url, secret_token=secret, max_connections=params.get_int("max_connections", 40) or 40
    )
    queue.start_poller()
    return True


async def delete_webhook(emulator: BotApiEmulator, params: Params) -> Any:
    """deleteWebhook: back to getUpdates, optionally dropping what is pending."""
    queue = emulator.queue
    if params.get_bool("drop_pending_updates"):
        queue.drop_all()
    queue.webhook = None
    queue.signal.bump()
    return True


async def get_webhook_info(emulator: BotApiEmulator, params: Params) -> Any:
    """getWebhookInfo: URL, pending count and the last delivery error."""
    queue = emulator.queue
    webhook = queue.webhook
    info: dict[str, Any] = {
        "url": webhook.url if webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": len(queue.available(len(queue.pending))),
    }
    if webhook is not None:
        info["max_connections"] = webhook.max_connections
        if webhook.last_error_date is not None:
            info["last_error_date"] = webhook.last_error_date
            info["last_error_message"] = webhook.last_error_message
        if queue.allowed_updates is not None:
            info["allowed_updates"] = sorted(queue.allowed_updates)
    return info


METHODS = {
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
}
