"""When a follow-up planned from a past contact's card is due."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.tasks import FollowUp, follow_up_day

WD, NW, TW = FollowUp.NEXT_WORKDAY, FollowUp.NEXT_WEEK, FollowUp.TWO_WEEKS


@pytest.mark.parametrize(("today", "when", "due"), [
    (date(2026, 11, 18), WD, date(2026, 11, 19)),  # Wednesday -> Thursday
    (date(2026, 11, 18), NW, date(2026, 11, 23)),  # next week's Monday
    (date(2026, 11, 18), TW, date(2026, 12, 2)),
    (date(2026, 11, 20), WD, date(2026, 11, 23)),  # Friday -> Monday
    (date(2026, 11, 22), NW, date(2026, 11, 23)),  # said on a Sunday: the coming Monday
    (date(2026, 9, 30), WD, date(2026, 10, 8)),  # 国庆: off 1-7 October
    (date(2026, 9, 30), NW, date(2026, 10, 8)),  # next week's Monday is still off
    (date(2026, 9, 26), TW, date(2026, 10, 10)),  # a 调休 Saturday is a workday
    (date(2026, 9, 27), TW, date(2026, 10, 12)),  # its Sunday is not
])
def test_follow_up_day(today: date, when: FollowUp, due: date) -> None:
    assert follow_up_day(when, today) == due
