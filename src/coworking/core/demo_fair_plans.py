"""When the demo's events take place, counted from the demo's day.

Two past fairs (about seven months and eleven to twelve weeks before) have had their door,
their booths and, weeks later, their outcomes; one fair is on today, its door half checked in;
a workshop comes in about a week and another fair in about five weeks. Fairs fall on a Thursday
(the weekday nearest it in a holiday week); their names carry the month they begin in.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coworking.core import reference
from coworking.core.demo_fair_build import FairPlan
from coworking.core.localtime import local_zone
from coworking.core.report_words import MONTHS_ES
from coworking.db.enums import EventKind

DOOR_OPENS = time(9)
DOOR_CLOSES = time(13)
# Before the door has been open an hour, the fair on today is a two-day fair that began
# yesterday: half its door is in already, instead of half the registrants in a few minutes.
SECOND_DAY_UNTIL = time(10)
CONVENTION = "Centro de Convenciones del Malecón, Manta"
SANTO_DOMINGO_VENUE = "Coliseo de la Ciudad, Santo Domingo de los Colorados"
THURSDAY = 3


def _fair_day(around: date, holidays: set[date]) -> date:
    """The Thursday nearest ``around``; the weekday nearest it when that is a national holiday."""
    thursday = around + timedelta(days=(THURSDAY - around.weekday() + 3) % 7 - 3)
    for shift in (0, -1, 1, -2, -3):
        day = thursday + timedelta(days=shift)
        if day not in holidays:
            return day
    return thursday


def _workday_from(day: date, holidays: set[date]) -> date:
    """``day``, or the first weekday after it that is not a national holiday."""
    while day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
    return day


def _named(base: str, day: date) -> str:
    return f"{base} ({MONTHS_ES[day.month - 1]})"


def fair_plans(now: datetime, site_name: str) -> tuple[FairPlan, ...]:
    """The demo's events in date order, around the local date of ``now``."""
    local = now.astimezone(local_zone())
    today = local.date()
    holidays = set(reference.national_holidays())
    first = _fair_day(today - timedelta(days=212), holidays)
    second = _fair_day(today - timedelta(days=80), holidays)
    two_days = local.time() < SECOND_DAY_UNTIL
    current = today - timedelta(days=1) if two_days else today
    workshop = _workday_from(today + timedelta(days=7), holidays)
    upcoming = _fair_day(today + timedelta(days=35), holidays)
    inclusive = "Feria de Empleo Inclusiva Manta"
    return (
        FairPlan(
            _named(inclusive, first),
            EventKind.JOB_FAIR,
            CONVENTION,
            first,
            800,
            first - timedelta(days=59),
            True,
        ),
        FairPlan(
            _named("Feria Regional de Empleo Santo Domingo", second),
            EventKind.JOB_FAIR,
            SANTO_DOMINGO_VENUE,
            second,
            700,
            second - timedelta(days=73),
            False,
        ),
        FairPlan(
            _named(inclusive, current),
            EventKind.JOB_FAIR,
            CONVENTION,
            current,
            800,
            current - timedelta(days=66),
            True,
            days=2 if two_days else 1,
        ),
        FairPlan(
            "Taller: formaliza tu emprendimiento",
            EventKind.WORKSHOP,
            site_name,
            workshop,
            25,
            workshop - timedelta(days=59),
            True,
        ),
        FairPlan(
            _named("Feria de Empleo Manta Emprende", upcoming),
            EventKind.JOB_FAIR,
            CONVENTION,
            upcoming,
            600,
            upcoming - timedelta(days=45),
            True,
        ),
    )
