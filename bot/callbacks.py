"""Callback data shared across features. Ids only: Telegram allows 64 bytes."""

from __future__ import annotations

from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

from storage.services.text import MAX_ROW_ID

# A row's id from a button: forged data outside the schema's range is refused by the filter
# (it counts as a stale button) before it reaches the database.
RowId = Annotated[int, Field(ge=0, le=MAX_ROW_ID)]
Small = Annotated[int, Field(ge=-1, le=1000)]


class LanguageCb(CallbackData, prefix="lang"):
    code: str


class HomeCb(CallbackData, prefix="hm"):
    # "open" (the home card) | "tools" (an organizer's commands) | "review" (what waits, by
    # kind) | a feature the card opens: "meetings" | "update" | "followup" | "directory" |
    # "opportunities" | "profile" | a queue the review card opens: "registrations" | "updates"
    # | "commitments" | "translations"
    action: str


class DayCb(CallbackData, prefix="dy"):
    # A dialog's day picker (handlers/common/day_picker.py): `step` names the dialog step;
    # day "YYYYMMDD" chosen, or month "YYYYMM" to show; neither: a heading or an empty cell
    step: str
    day: str = ""
    month: str = ""


class NavCb(CallbackData, prefix="nav"):
    """Back / Cancel / Done in a dialog; `step` names the dialog step the button belongs to."""

    action: str
    step: str


class PickCb(CallbackData, prefix="pick"):
    """Toggle one item of a multi-select or choose one item of a list."""

    step: str
    item: RowId


class ReviewCb(CallbackData, prefix="rv"):
    action: str  # "approve" | "reject"
    person_id: RowId


class RoleCb(CallbackData, prefix="ro"):
    action: str  # "show" | "set"
    person_id: RowId
    role: str = ""


class ProfileCb(CallbackData, prefix="pf"):
    field: str  # "name" | "title" | "gov" | "sec" | "lang"


class ForgetCb(CallbackData, prefix="fg"):
    confirm: bool


class DeliveryCb(CallbackData, prefix="dl"):
    action: str  # "resend"
    broadcast_id: RowId
    status: str = ""


class AnnounceCb(CallbackData, prefix="an"):
    action: str
    item: RowId = 0


class NewsletterCb(CallbackData, prefix="nl"):
    """An organizer's newsletter draft."""

    action: str
    item: RowId = 0


class SubscriptionCb(CallbackData, prefix="ns"):
    """A member's newsletter subscription and reading."""

    action: str  # "sub" | "unsub" | "lang" | "read" | "outon" | "outoff" (news of outcomes)
    item: RowId = 0
    code: str = ""


class RsvpCb(CallbackData, prefix="mr"):
    meeting_id: RowId
    answer: str


class MeetingsCb(CallbackData, prefix="ml"):
    """The person's /meetings list: a page of it, or one meeting's card opened from it."""

    action: str  # "page" | "open"
    page: Small = 0
    meeting_id: RowId = 0


class CheckinCb(CallbackData, prefix="mc"):
    meeting_id: RowId
    token: str


class MeetingAdminCb(CallbackData, prefix="ma"):
    action: str
    meeting_id: RowId = 0
    value: str = ""


class AgendaCb(CallbackData, prefix="ag"):
    action: str  # "rank" | "adopt"
    item: RowId


class PollCb(CallbackData, prefix="pq"):
    poll_id: RowId
    question: Small
    option: Small  # index into the question's options; -1: write a free answer


class PollAdminCb(CallbackData, prefix="pa"):
    action: str  # "tpl" | "style" | "skip" | "abort" | "send" | "show" | "csv" | "chart" | ...
    poll_id: RowId = 0
    value: str = ""


class UpdateReviewCb(CallbackData, prefix="ur"):
    action: str  # "show" | "approve" | "reject" | "edit" | "tr"
    update_id: RowId
    locale: str = ""


class FollowupCb(CallbackData, prefix="fu"):
    # "list" (value: sector id, 0 all) | "show" | "follow" | "unfollow" | "report" | "level" |
    # "named" (value: 1 by name, 0 as "one of the <type>") | "commit" | "agenda" | "history"
    action: str
    item_id: RowId = 0
    value: RowId = 0
    level: str = ""


class FollowupPageCb(CallbackData, prefix="fp"):
    # Browsing, each screen in place of the last: "sectors" | "list" (value: sector id, 0 all;
    # page) | "card" (item_id; value and page: the list it came from)
    action: str
    item_id: RowId = 0
    value: RowId = 0
    page: Small = 0


class FollowupAdminCb(CallbackData, prefix="fa"):
    # "track" (value: update id) | "due" | "owner" | "addowner" (value: organization id) |
    # "delete" | "export" (value: 1 CSV, 2 XLSX) | "point" (value: meeting id) | "pointowner"
    # (value: organization id) | "approve" | "reject" (a representative's commitment) | "pillar" |
    # "text" (value: index of the language in SUPPORTED_LOCALES)
    action: str
    item_id: RowId = 0
    value: RowId = 0


class DirectoryCb(CallbackData, prefix="dr"):
    # "settings" | "toggle" (setting: listed | show_name | show_title | accepts_requests) |
    # "by" | "list" | "org" (as DirectoryPageCb's, on messages sent before it) | "ask" (value:
    # person id) | "askorg" (value: organization id)
    action: str
    setting: str = ""
    value: RowId = 0


class DirectoryPageCb(CallbackData, prefix="dp"):
    # Browsing, each screen in place of the last: "start" (the filters) | "by" (setting: sector
    # | governorate | type) | "list" (setting as by, value: term id; or setting "text": the name
    # last typed) | "org" (value: organization id; setting, term and page: the list it came from)
    action: str
    setting: str = ""
    value: RowId = 0
    term: RowId = 0
    page: Small = 0


class OpportunityPageCb(CallbackData, prefix="ol"):
    # The open opportunities a page at a time: "page" | "card" (item: opportunity id)
    action: str
    item: RowId = 0
    page: Small = 0


class IntroCb(CallbackData, prefix="in"):
    # "accept" | "decline" | "block" (the person asked) | "write" (either side, once)
    action: str
    request_id: RowId


class OpportunityCb(CallbackData, prefix="op"):
    # "list" | "show" | "save" | "unsave" (item: opportunity id) | "post" | "choices" |
    # "deliver" (code: now | weekly | off)
    action: str
    item: RowId = 0
    code: str = ""


class OpportunityAdminCb(CallbackData, prefix="oa"):
    # "queue" | "show" | "approve" | "reject" | "withdraw" (item: opportunity id)
    action: str
    item: RowId = 0


class ActivityCb(CallbackData, prefix="av"):
    action: str  # "add" | "show" | "status" | "delete" | "list"
    activity_id: RowId = 0
    value: str = ""


class RoundCb(CallbackData, prefix="rd"):
    # Organizers: "period" (value: 0 this quarter, -1 the last one) | "open" | "abort" |
    # "refresh" | "silent" | "remind" | "close" | "reopen" | "tell" (the report is out; round_id)
    # | "start" (from the report's menu)
    action: str
    round_id: RowId = 0
    value: int = 0


class TranslateCb(CallbackData, prefix="tl"):
    # A member who translates: "pairs" (choose them) | "pair" (value: its index, toggled) |
    # "next" (the next item to translate) | "skip" (pass on the one shown) | "stop" |
    # "credit" (value: 1 named, 0 not)
    action: str
    value: int = 0


class TranslationAdminCb(CallbackData, prefix="tq"):
    # Organizers, on a proposed translation: "approve" | "edit" | "reject" (item: its id)
    action: str
    item: RowId = 0


class RoundAnswerCb(CallbackData, prefix="ra"):
    # A representative, on the round's request: "update" (start one) | "nothing"
    action: str
    round_id: RowId


class CutsCb(CallbackData, prefix="ct"):
    action: str  # "add" | "remove" (window_id)
    window_id: RowId = 0


class ReportCb(CallbackData, prefix="rp"):
    action: str  # "period" | "lang" | "export"
    start: str = ""  # YYYY-MM-DD
    end: str = ""  # YYYY-MM-DD, included
    value: str = ""


class AuditCb(CallbackData, prefix="au"):
    action: str  # "page" | "csv"
    offset: RowId = 0


# Prefixes whose buttons only organizers or admins may press; the fallback answers
# "not allowed" instead of "stale" when someone else presses them.
PRIVILEGED_PREFIXES = frozenset(
    {
        TranslationAdminCb.__prefix__,
        ReviewCb.__prefix__,
        RoleCb.__prefix__,
        DeliveryCb.__prefix__,
        AnnounceCb.__prefix__,
        NewsletterCb.__prefix__,
        MeetingAdminCb.__prefix__,
        AgendaCb.__prefix__,
        PollAdminCb.__prefix__,
        UpdateReviewCb.__prefix__,
        ReportCb.__prefix__,
        AuditCb.__prefix__,
        FollowupAdminCb.__prefix__,
        OpportunityAdminCb.__prefix__,
        CutsCb.__prefix__,
        RoundCb.__prefix__,
    }
)

# Of those, the ones for administrators only.
ADMIN_PREFIXES = frozenset({RoleCb.__prefix__, AuditCb.__prefix__})


# Buttons that belong to a dialog step (bot/middlewares/prompts.py): pressed on any message but
# the step's current prompt, they are refused. prefix -> the actions that are dialog steps
# (None: every action of that prefix).
_DIALOG_ACTIONS: dict[str, frozenset[str] | None] = {
    PickCb.__prefix__: None,
    DayCb.__prefix__: None,
    AnnounceCb.__prefix__: None,
    NewsletterCb.__prefix__: None,
    MeetingAdminCb.__prefix__: frozenset({"skip", "abort", "mode", "publish", "change"}),
    PollAdminCb.__prefix__: frozenset({"abort", "skip", "tpl", "style", "send"}),
    FollowupCb.__prefix__: frozenset({"level"}),
    FollowupAdminCb.__prefix__: frozenset({"addowner", "pointowner"}),
}


def is_dialog_button(data: str) -> bool:
    prefix, _, rest = data.partition(":")
    if prefix == NavCb.__prefix__:
        # The consent's buttons come before any dialog; they are checked by their handler.
        return not rest.endswith(":consent")
    if prefix not in _DIALOG_ACTIONS:
        return False
    actions = _DIALOG_ACTIONS[prefix]
    return actions is None or rest.partition(":")[0] in actions


class DecisionCb(CallbackData, prefix="dv"):
    # A voter's press: "choose" (value: the answer) | "mark" (option, value yes/maybe/no) |
    # "score" (option, value 1..5) | "rank" (option) | "reset" | "dot" (option, value +/-) |
    # "add" (write an option) | "share" (value "1": the reason to all, "0": organizers only)
    decision_id: RowId
    action: str
    option: Small = 0
    value: str = ""


class DecisionAdminCb(CallbackData, prefix="da"):
    # Making one: "kind" | "dots" | "dur" | "set" (value: hide | named | quorum | add) | "send" |
    # "abort"; afterwards: "list" | "show" | "close" | "outcome" | "meet" (a time poll's best time
    # as a meeting draft)
    action: str
    decision_id: RowId = 0
    value: str = ""


class ResultsChartCb(CallbackData, prefix="rc"):
    # A person's results as a chart, cut for their own groups: kind "poll" | "decision"
    kind: str
    ref: RowId
