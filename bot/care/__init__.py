"""Customer care: Chinese public holidays, workdays (调休) and birthdays.

Pure functions for the bot's daily care jobs: no DB, no Telegram, no I/O.

Data sources (checked 2026-11-22, both the newest releases on PyPI):

* Festival dates for any year come from lunar-python (1.4.8): 春节, 端午节 and
  中秋节 are lunar dates, 清明节 a solar term; 元旦, 劳动节 and 国庆节 are fixed.
  Lunar birthdays are converted with it too (`bot.care.lunar`).
* Official 放假调休 schedules (whole breaks and make-up working weekends) come
  from chinesecalendar (1.11.0: 2004-2026), then lunar-python's HolidayUtil
  (1.4.8: 2002-2026) for a year chinesecalendar lacks. Over 2004-2026 the two
  differ on three days: chinesecalendar is right on 2013-04-07 and 2013-10-12
  (调休 Sundays/Saturdays lunar-python misses), lunar-python on 2005-12-31; so
  chinesecalendar is preferred. Neither (nor `holidays` 0.109) has 2027 yet.
* A year with no schedule never raises: `has_official_schedule(year)` is False,
  breaks shrink to the festival day and workdays are Monday-Friday minus the
  statutory days off of the 2025 rules (see `bot.care.workdays`).
"""

from bot.care.birthday_text import parse_birthday
from bot.care.birthdays import BirthdayOf, birthdays_on, is_valid_birthday, next_birthday
from bot.care.festivals import FESTIVALS, Festival
from bot.care.public_holidays import Holiday, holiday_in, upcoming_holidays
from bot.care.schedule import official_schedule_years
from bot.care.workdays import has_official_schedule, is_workday, next_workday, workday_on_or_after

__all__ = [
    "FESTIVALS",
    "BirthdayOf",
    "Festival",
    "Holiday",
    "birthdays_on",
    "has_official_schedule",
    "holiday_in",
    "is_valid_birthday",
    "is_workday",
    "next_birthday",
    "next_workday",
    "official_schedule_years",
    "parse_birthday",
    "upcoming_holidays",
    "workday_on_or_after",
]
