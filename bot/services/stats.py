"""Usage statistics for admins: users, onboarding funnel, causes, adherence, weekly trends.

Counting rules: a check-in poll is answered when its `checkins` row is (its delivery row never
carries a response, so delivery responses of poll kinds are not read at all). A reminder or poll
left unanswered while the runner's knee status kept runs on hold (rest, see a clinician) is
counted as "on hold", never as ignored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.pain import PainZone
from bot.storage import admin as admin_storage
from bot.storage import checkins as checkin_store
from bot.storage import usage_stats
from bot.storage.usage_stats import CHECKIN_KINDS

WEEKS = 8
ADHERENCE_DAYS = 28
RESPONSES = ("done", "snoozed", "skipped")
"""Button answers a sent reminder can carry in `deliveries.response`."""
IGNORED = "ignored"
"""A reminder sent and never answered."""
ZONES = tuple(zone.value for zone in PainZone)


@dataclass(frozen=True, slots=True)
class UserStats:
    """Users by standing (active: consented, not paused, not blocked)."""

    total: int
    active: int
    paused: int
    blocked: int


@dataclass(frozen=True, slots=True)
class Funnel:
    """How far users got through onboarding."""

    created: int
    consented: int
    quiz_finished: int
    plan_confirmed: int
    from_share: int = 0
    """Started through a shared link (`users.came_from`); who shared is never stored."""


@dataclass(frozen=True, slots=True)
class Adherence:
    """What runners did with one kind of reminder."""

    kind: str
    done: int = 0
    snoozed: int = 0
    skipped: int = 0
    ignored: int = 0
    other: int = 0
    held: int = 0
    """Left unanswered while runs were on hold (rest, see a clinician): not ignored."""

    @property
    def sent(self) -> int:
        return self.done + self.snoozed + self.skipped + self.ignored + self.other + self.held


@dataclass(frozen=True, slots=True)
class Week:
    """Check-ins by zone and escalations in the week starting on `start` (Monday, UTC)."""

    start: datetime
    checkins: dict[str, int] = field(default_factory=dict)
    escalations: int = 0
    active: int = 0
    """Runners who answered a check-in, pressed a reminder button or logged a run."""


@dataclass(frozen=True, slots=True)
class Stats:
    """Everything /stats shows, as plain numbers."""

    users: UserStats
    funnel: Funnel
    causes: dict[str, int]
    adherence: tuple[Adherence, ...]
    weeks: tuple[Week, ...]
    adherence_days: int = ADHERENCE_DAYS


def week_windows(now: datetime, weeks: int = WEEKS) -> list[tuple[datetime, datetime]]:
    """The last `weeks` Monday-to-Monday UTC windows, oldest first, the current week last."""
    monday = datetime.combine(
        (now - timedelta(days=now.weekday())).date(), time(0), tzinfo=now.tzinfo
    )
    starts = [monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    return [(start, start + timedelta(weeks=1)) for start in starts]


def count_causes(cause_lists: list[str]) -> dict[str, int]:
    """How many users have each cause among their top causes, most common first."""
    counter = Counter(
        cause.strip() for causes in cause_lists for cause in causes.split(",") if cause.strip()
    )
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def adherence_by_kind(
    rows: list[tuple[str, str | None, int]],
    held: dict[str, int] | None = None,
    polls: Sequence[tuple[str, str, bool, int]] = (),
) -> tuple[Adherence, ...]:
    """One Adherence per kind from (kind, response, count) delivery rows (unknown answers:
    other), unanswered reminders on hold per kind, and (kind, status, on hold, count) polls."""
    tallies: dict[str, dict[str, int]] = {}

    def add(kind: str, bucket: str, count: int) -> None:
        kind_tally = tallies.setdefault(kind, {})
        kind_tally[bucket] = kind_tally.get(bucket, 0) + count

    for kind, response, count in rows:
        if kind in CHECKIN_KINDS:
            continue  # a poll's answer is in its check-in row
        add(kind, IGNORED if response is None else response if response in RESPONSES else "other",
            count)  # fmt: skip
    for kind, count in (held or {}).items():
        if kind in tallies and kind not in CHECKIN_KINDS:
            moved = min(count, tallies[kind].get(IGNORED, 0))
            add(kind, IGNORED, -moved)
            add(kind, "held", moved)
    for kind, status, on_hold, count in polls:
        if status == checkin_store.ANSWERED:
            add(kind, "done", count)
        else:
            add(kind, "held" if on_hold else IGNORED, count)
    return tuple(Adherence(kind, **tallies[kind]) for kind in sorted(tallies))


async def collect(session: AsyncSession, now: datetime, weeks: int = WEEKS) -> Stats:
    """Read every number /stats shows."""
    counts = await admin_storage.user_counts(session, now)
    windows = week_windows(now, weeks)
    checkins = await admin_storage.checkins_per_window(session, windows)
    escalations = await admin_storage.escalations_per_window(session, windows)
    since = now - timedelta(days=ADHERENCE_DAYS)
    responses = await admin_storage.reminder_responses(session, since)
    held = await usage_stats.unanswered_on_hold(session, since)
    polls = await usage_stats.poll_outcomes(session, since)
    active = await usage_stats.active_runners_per_window(session, windows)
    return Stats(
        users=UserStats(counts["total"], counts["active"], counts["paused"], counts["blocked"]),
        funnel=Funnel(
            created=counts["created"],
            consented=counts["consented"],
            quiz_finished=counts["quiz_finished"],
            plan_confirmed=counts["plan_confirmed"],
            from_share=counts["from_share"],
        ),
        causes=count_causes(await admin_storage.cause_lists(session)),
        adherence=adherence_by_kind(responses, held, polls),
        weeks=tuple(
            Week(
                start=start,
                checkins={zone: checkins.get(zone, [0] * weeks)[index] for zone in ZONES},
                escalations=escalations[index],
                active=active[index],
            )
            for index, (start, _end) in enumerate(windows)
        ),
    )
