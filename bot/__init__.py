"""KneeGuard: a Telegram bot for runners' knee health."""

import os

# python-telegram-bot 22 warns on every 429 that `RetryAfter.retry_after` will become a
# timedelta, from inside its own constructor; opting in now (scheduler.ratelimit reads either
# type) keeps that deprecation banner out of logs and test output. An operator's own value wins.
os.environ.setdefault("PTB_TIMEDELTA", "1")
