"""The words of a report, in Spanish or English.

The reports are written by the core (no Qt), so they cannot use Qt's catalogues; each text is
given in both languages where it is used: ``words("Visitas", "Visits")``.
"""

from __future__ import annotations

from datetime import date, datetime

from coworking.core.plurals import count_text
from coworking.core.report_model import LANGUAGES
from coworking.core.sites import SHORT_WEEKDAYS

MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SHORT_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Words:
    """Picks the text of one language and writes dates and numbers its way."""

    def __init__(self, language: str = "es") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"Idioma desconocido: {language}")
        self.language = language

    @property
    def spanish(self) -> bool:
        return self.language == "es"

    def __call__(self, spanish: str, english: str) -> str:
        return spanish if self.spanish else english

    def month(self, month: int) -> str:
        return (MONTHS_ES if self.spanish else MONTHS_EN)[month - 1]

    def short_day(self, weekday: int) -> str:
        return (SHORT_WEEKDAYS if self.spanish else SHORT_DAYS_EN)[weekday]

    def date(self, day: date) -> str:
        """«5 de marzo de 2026» / «5 March 2026»."""
        if self.spanish:
            return f"{day.day} de {self.month(day.month)} de {day.year}"
        return f"{day.day} {self.month(day.month)} {day.year}"

    def short_date(self, day: date) -> str:
        return day.strftime("%d/%m/%Y")

    def period(self, first: date, last: date) -> str:
        if first == last:
            return self.date(first)
        return self("del {a} al {b}", "{a} to {b}").format(a=self.date(first), b=self.date(last))

    def moment(self, when: datetime) -> str:
        return f"{self.date(when.date())}, {when:%H:%M}"

    def number(self, value: float, decimals: int = 0) -> str:
        """«12.345» and «3,5» in Spanish; «12,345» and «3.5» in English."""
        text = f"{value:,.{decimals}f}"
        if self.spanish:
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def count(self, count: int, spanish: tuple[str, str], english: tuple[str, str]) -> str:
        """«1 visita», «1.234 visitas» / «1 visit», «1,234 visits»: the number and the
        singular or plural noun (each language's pair is ``(one, many)``)."""
        one, many = spanish if self.spanish else english
        return count_text(count, one, many, self.number)

    def percent(self, value: float | None) -> str:
        if value is None:
            return "–"
        return self.number(value * 100, 1) + " %"
