"""/broadcast: an admin's message to a segment of runners. Only `ADMIN_IDS` reach it.

    /broadcast ─▶ text ─▶ audience ─(cause | language | region | inactive)─▶ pick
               ─▶ preview + count, when? (now, in N h, typed UTC time) ─▶ confirm ─▶ status message

Anyone else sending an admin command gets exactly the ordinary unknown-command answer and
learns nothing (the fallback leaves known commands to their modules). Every action is audited.
"""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    filters,
)

from bot.domain.vocabulary import Cause
from bot.handlers.admin_access import admin_only, is_admin, touch_admin
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    edit_or_send,
    keyboard,
    label,
    runtime,
    say,
    text,
)
from bot.handlers.text_steps import register_text_step
from bot.services import broadcasts
from bot.services.broadcasts import BroadcastHtmlError, SendTimeError
from bot.storage import admin as admin_storage
from bot.storage import flows
from bot.storage.admin import Audience
from bot.storage.models import Flow

PREFIX = "adm"
BROADCAST_FLOW = "broadcast"
FLOW_KEYS = "admin.broadcast_flow"
FORMATTING = frozenset(
    {
        MessageEntity.BOLD, MessageEntity.ITALIC, MessageEntity.UNDERLINE,
        MessageEntity.STRIKETHROUGH, MessageEntity.SPOILER, MessageEntity.CODE,
        MessageEntity.PRE, MessageEntity.TEXT_LINK, MessageEntity.TEXT_MENTION,
        MessageEntity.CUSTOM_EMOJI, MessageEntity.BLOCKQUOTE, MessageEntity.EXPANDABLE_BLOCKQUOTE,
    }
)  # fmt: skip
"""Entity types that mean the admin formatted the text in their client."""
INACTIVE_DAYS = ("7", "14", "30", "60")
QUICK_HOURS = ("1h", "3h", "24h")


def _press(flow: Flow, action: str, argument: str = "") -> Callback:
    return Callback(PREFIX, flow.token, action, argument)


def _flow_text(context: Context, update: Update, name: str, **params: object) -> str:
    return text(context, update, f"{FLOW_KEYS}.{name}", **params)


def _flow_label(context: Context, update: Update, name: str, **params: object) -> str:
    return label(context, update, f"{FLOW_KEYS}.{name}", **params)


def audience_name(context: Context, update: Update, audience: Audience) -> str:
    return label(
        context, update, f"{FLOW_KEYS}.audience_names.{audience.segment}",
        value=audience_value(audience),
    )


def audience_value(audience: Audience) -> object:
    """The segment's value for a text: a number of days as a number (its plural form)."""
    value = audience.value
    return int(value) if audience.segment == admin_storage.INACTIVE and value.isdigit() else value


def broadcast_html(message: Message) -> str:
    """The admin's message as Telegram HTML: client formatting if used, else the typed HTML
    (a plain `&` or `<` in it escaped, so it is not mistaken for broken markup)."""
    if any(entity.type in FORMATTING for entity in message.entities):
        return message.text_html or ""
    return broadcasts.escape_stray_markup(message.text or "")


# ── /broadcast ────────────────────────────────────────────────────────────────


async def broadcast_command(update: Update, context: Context) -> None:
    """The admin is asked for the message to broadcast."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        await touch_admin(session, update, context)
        await flows.start(session, update.effective_user.id, BROADCAST_FLOW, "text", rt.clock.now())
    await say(update, text(context, update, "admin.broadcast.prompt"))


async def broadcast_text(update: Update, context: Context, flow: Flow) -> None:
    """A typed message: the broadcast text (checked) or a send time."""
    message = update.effective_message
    if message is None or not is_admin(update, context):
        return
    rt = runtime(context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        live = await flows.get(session, flow.user_id)
        if live is None or live.name != BROADCAST_FLOW:
            return
        if live.step == "text":
            body = broadcast_html(message)
            try:
                broadcasts.check_html(body)
            except BroadcastHtmlError as error:
                await say(
                    update, text(context, update, "admin.broadcast.invalid_html", error=str(error))
                )
                return
            flows.advance(live, "audience", now, text=body)
            await _show_audience_menu(update, context, live, new_message=True)
        elif live.step == "when":
            try:
                send_at = broadcasts.parse_send_time(message.text or "", now)
            except SendTimeError:
                await say(update, _flow_text(context, update, "bad_time"))
                return
            await _show_confirmation(update, context, session, live, send_at, new_message=True)
        else:
            await say(update, text(context, update, "quiz.use_buttons"))


async def _show_audience_menu(
    update: Update, context: Context, flow: Flow, *, new_message: bool = False
) -> None:
    rows = [
        [
            button(
                _flow_label(context, update, f"audience_{segment}_button"),
                _press(flow, "aud", segment),
            )
        ]
        for segment in admin_storage.SEGMENTS
    ]
    body = _flow_text(context, update, "audience_prompt")
    message_id = None if new_message else flow.message_id
    flow.message_id = await edit_or_send(update, context, message_id, body, keyboard(rows))


async def _show_choices(
    update: Update, context: Context, session: Any, flow: Flow, segment: str
) -> None:
    if segment == admin_storage.CAUSE:
        values = [cause.value for cause in Cause]
    elif segment == admin_storage.LANGUAGE:
        values = await admin_storage.languages_in_use(session)
    elif segment == admin_storage.REGION:
        values = await admin_storage.regions_in_use(session)
    else:
        values = list(INACTIVE_DAYS)
    captions = {
        value: _flow_label(context, update, "days_button", days=int(value))
        if segment == admin_storage.INACTIVE else value
        for value in values
    }  # fmt: skip
    choices = [
        button(captions[value], _press(flow, "pick", f"{segment}={value}")) for value in values
    ]
    rows: list[list[InlineKeyboardButton]] = [choices[i : i + 3] for i in range(0, len(choices), 3)]
    rows.append([button(_flow_label(context, update, "back_button"), _press(flow, "back"))])
    body = _flow_text(context, update, f"pick_{segment}")
    if not values:
        body = f"{body}\n{_flow_text(context, update, 'nothing_to_pick')}"
    flow.message_id = await edit_or_send(update, context, flow.message_id, body, keyboard(rows))


async def _show_preview(
    update: Update, context: Context, session: Any, flow: Flow, audience: Audience
) -> None:
    """Send the broadcast itself (Telegram checks its HTML), then the count and when to send."""
    rt = runtime(context)
    now = rt.clock.now()
    try:
        await say(update, flow.data["text"])
    except BadRequest as error:
        flows.advance(flow, "text", now)
        await say(
            update, text(context, update, "admin.broadcast.invalid_html", error=error.message)
        )
        return
    count = await admin_storage.audience_count(session, audience, now)
    flows.advance(flow, "when", now, audience=audience.as_dict(), count=count)
    rows = [
        [button(_flow_label(context, update, "now_button"), _press(flow, "when", "now"))],
        [
            button(_flow_label(context, update, "in_hours_button", hours=choice[:-1]),
                   _press(flow, "when", choice))
            for choice in QUICK_HOURS
        ],
        [button(label(context, update, "admin.broadcast.cancel_button"), _press(flow, "quit"))],
    ]  # fmt: skip
    body = "\n\n".join(
        [
            _flow_text(context, update, "preview_heading",
                       audience=audience_name(context, update, audience), count=count),
            _flow_text(context, update, "when_prompt"),
        ]
    )  # fmt: skip
    flow.message_id = await edit_or_send(update, context, None, body, keyboard(rows))


async def _show_confirmation(
    update: Update, context: Context, session: Any, flow: Flow, send_at: Any, *,
    new_message: bool = False,
) -> None:  # fmt: skip
    rt = runtime(context)
    now = rt.clock.now()
    audience = Audience.from_dict(flow.data["audience"])
    draft = await broadcasts.draft(session, flow.user_id, flow.data["text"], audience, send_at, now)
    flows.advance(flow, "confirm", now, broadcast_id=draft.id)
    count = await admin_storage.audience_count(session, audience, now)
    body = _flow_text(
        context, update, "confirm", count=count,
        audience=audience_name(context, update, audience), when=send_at.strftime("%Y-%m-%d %H:%M"),
    )  # fmt: skip
    markup = keyboard(
        [[
            button(label(context, update, "admin.broadcast.confirm_button"),
                   _press(flow, "go", str(draft.id))),
            button(label(context, update, "admin.broadcast.cancel_button"), _press(flow, "quit")),
        ]]
    )  # fmt: skip
    message_id = None if new_message else flow.message_id
    flow.message_id = await edit_or_send(update, context, message_id, body, markup)


def status_markup(content_label: str, broadcast_id: int) -> InlineKeyboardMarkup:
    """The status message's one button: cancel the broadcast."""
    return keyboard([[button(content_label, Callback(PREFIX, "0", "stop", str(broadcast_id)))]])


async def broadcast_pressed(update: Update, context: Context) -> None:
    """A button of the broadcast flow or of a status message; others' presses do nothing."""
    query = update.callback_query
    assert query is not None
    parsed = Callback.parse(query.data)
    if parsed is None or not is_admin(update, context):
        await answer(update)
        return
    await answer(update)
    if parsed.action in {"go", "stop"} and parsed.argument.isdigit():
        await _confirm_or_stop(update, context, parsed.action, int(parsed.argument))
        return
    rt = runtime(context)
    now = rt.clock.now()
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
        if flow is None or flow.name != BROADCAST_FLOW or flow.token != parsed.token:
            await say(update, _flow_text(context, update, "expired"))
            return
        flow.message_id = query.message.message_id if query.message else flow.message_id
        if parsed.action == "quit":
            broadcast_id = flow.data.get("broadcast_id")
            if broadcast_id is not None:
                with contextlib.suppress(LookupError):
                    await broadcasts.cancel(session, int(broadcast_id), flow.user_id, now)
            await flows.finish(session, flow.user_id)
            await edit_or_send(
                update, context, flow.message_id, text(context, update, "admin.broadcast.cancelled")
            )
        elif parsed.action == "back":
            flows.advance(flow, "audience", now)
            await _show_audience_menu(update, context, flow)
        elif parsed.action == "aud" and parsed.argument == admin_storage.ALL:
            await _show_preview(update, context, session, flow, Audience())
        elif parsed.action == "aud" and parsed.argument in admin_storage.SEGMENTS:
            flows.advance(flow, "pick", now)
            await _show_choices(update, context, session, flow, parsed.argument)
        elif parsed.action == "pick" and "=" in parsed.argument:
            segment, value = parsed.argument.split("=", 1)
            try:
                audience = Audience(segment, value)
            except ValueError:
                await say(update, _flow_text(context, update, "expired"))
                return
            await _show_preview(update, context, session, flow, audience)
        elif parsed.action == "when" and parsed.argument in broadcasts.QUICK_DELAYS:
            send_at = broadcasts.quick_send_time(parsed.argument, now)
            await _show_confirmation(update, context, session, flow, send_at)


async def _confirm_or_stop(
    update: Update, context: Context, action: str, broadcast_id: int
) -> None:
    rt = runtime(context)
    now = rt.clock.now()
    assert update.effective_user is not None and update.effective_chat is not None
    admin_id = update.effective_user.id
    query = update.callback_query
    message_id = query.message.message_id if query and query.message else None
    async with rt.sessions_begin() as session:
        broadcast = await admin_storage.get_broadcast(session, broadcast_id)
        if broadcast is None:
            await say(update, _flow_text(context, update, "expired"))
            return
        audience = Audience.from_dict(broadcast.audience)
        if action == "stop":
            try:
                skipped = await broadcasts.cancel(session, broadcast_id, admin_id, now)
            except LookupError:
                await say(update, _flow_text(context, update, "not_running"))
                return
            body = _flow_text(context, update, "stopped", number=str(broadcast_id), skipped=skipped)
            await edit_or_send(update, context, message_id, body)
            return
        outcome = await broadcasts.confirm(session, broadcast_id, admin_id, now)
        if not outcome.queued_now:
            await say(update, _flow_text(context, update, "already", state=outcome.state))
            return
        flow = await flows.get(session, admin_id)
        if flow is not None and flow.name == BROADCAST_FLOW:
            await flows.finish(session, admin_id)
        await session.refresh(broadcast)
        body = _flow_text(
            context, update, "scheduled_status", number=str(broadcast_id),
            audience=audience_name(context, update, audience), total=outcome.recipients,
            when=(broadcast.send_at or now).strftime("%Y-%m-%d %H:%M"),
        )  # fmt: skip
        markup = status_markup(_flow_label(context, update, "stop_button"), broadcast_id)
        status_id = await edit_or_send(update, context, message_id, body, markup)
        await admin_storage.set_status_message(
            session, broadcast_id, update.effective_chat.id, status_id
        )


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler("broadcast", admin_only(broadcast_command), filters=private)
    )
    application.add_handler(CallbackQueryHandler(broadcast_pressed, pattern=rf"^{PREFIX}:"))
    register_text_step(BROADCAST_FLOW, broadcast_text)
