"""Reading phone numbers as people write them, for Ecuador and for the migrants registered here.

A number is read as Ecuadorian first; when that cannot be a number (wrong length or shape) it is
read as a number of the person's nationality, so that a Venezuelan writes ``0412-1234567`` the
Venezuelan way. A number with ``+`` or ``00`` is international whatever the nationality.

libphonenumber knows which blocks are assigned; its list lags behind the operators, so a number
of the right shape in a block it does not list is stored with a warning, not refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, cached_property

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType

from coworking.core.reference import countries_by_code

HOME = "EC"
_HOME_CODE = 593
# 09XXXXXXXX, 0X XXX XXXX and the same after +593 (or 593), without spaces
_HOME_SHAPE = re.compile(r"(?:0|\+?593)(9\d{8}|[2-7]\d{7})")
# longer than any Ecuadorian mobile or landline: 0412 123 4567 (Venezuela) needs no Ecuadorian
# reading
_NOT_HOME = re.compile(r"0[2-8]\d{9}")
_FOREIGN_EXAMPLE = "+58 412 123 4567"
_POSSIBLE = phonenumbers.ValidationResult.IS_POSSIBLE
_LOCAL_ONLY = phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY
_QUOTED_LENGTH = 40

# "ext. 12", "extensión 12", "anexo 12", "x12" at the end
_EXTENSION = re.compile(
    r"[\s,;]*(?:ext(?:ensi[oó]n)?|anexo|x)\s*\.?\s*[:#]?\s*(\d{1,6})\s*$", re.IGNORECASE
)
# between two numbers: "0991234567 / 022345678", "… o …", "… y …"
_SEPARATOR = re.compile(r"[/;,|\n]|\s(?:y|o|ó)\s", re.IGNORECASE)
# what comes before the number ("Cel.:", "WhatsApp", "Tel (casa):"): up to a digit, "+" or "("
_LABEL = re.compile(r".*?(?=[+(]?\s*\d)", re.DOTALL)
_PUNCTUATION = re.compile(r"[\s\-.()\u00a0\u2010-\u2015]")
_NUMBER = re.compile(r"\+?\d+")
_DIGIT = re.compile(r"\d")
_DECIMAL = re.compile(r"\d+\.0")
_TRAILER = re.compile(r"\D*$")  # after the last digit: "(casa)", "mamá"


@dataclass(frozen=True)
class PhoneReading:
    """What a typed phone becomes: the E.164 text to store, or why it cannot be a phone."""

    e164: str | None
    """What is stored (``+593991234567``); None when empty or when it cannot be a phone."""
    warning: str | None = None
    """Spanish: stored, but doubtful (a block not listed as assigned, a second number dropped…)."""
    error: str | None = None
    """Spanish: it cannot be a phone; quotes the text and shows the shapes expected."""


EMPTY = PhoneReading(None)


@dataclass
class _Reading:
    number: PhoneNumber
    valid: bool
    guessed: bool = False  # digits read as international although written without "+"

    @cached_property
    def region(self) -> str:
        return _region_of(self.number)

    @cached_property
    def reason(self) -> phonenumbers.ValidationResult:
        return phonenumbers.is_possible_number_with_reason(self.number)

    @cached_property
    def possible(self) -> bool:
        """The right length and shape, in an assigned block or not (worked out only when no
        valid reading is found)."""
        return self.valid or (self.reason == _POSSIBLE and _has_shape(self.number))

    @property
    def local_only(self) -> bool:
        """A landline without its area code."""
        return not self.valid and self.reason == _LOCAL_ONLY


def read_phone(text: str | None, nationality: str | None = None) -> PhoneReading:
    """Read ``text`` as a phone of a person of ``nationality`` (ISO alpha-2, or None).

    At most two parses for a number written nationally (Ecuador, then the nationality), one
    for an international one; a third only for digits that look like an international number
    whose ``+`` was lost (spreadsheets drop it). The usual Ecuadorian shapes need none.
    """
    if text is None:
        return EMPTY
    original = " ".join(text.split())
    if not original:
        return EMPTY
    notes: list[str] = []
    if original.isascii() and original.isdigit():  # most cells of a spreadsheet
        digits, more = original, False
    else:
        parts = _parts(original, notes)
        if not parts:
            return _refused(original, nationality, "")
        digits, more = _digits(parts[0]), len(parts) > 1
        if digits is None:
            return _refused(original, nationality, ": tiene letras")
    region = (nationality or "").upper() or None
    reading = _international(digits) if digits.startswith("+") else _national(digits, region)
    if isinstance(reading, str):
        return _refused(original, region, reading)
    if more:
        notes.insert(
            0,
            f"Hay más de un número en «{_quoted(original)}»; se guarda el primero, "
            f"{_shown(reading)}.",
        )
    return _stored(reading, notes)


def _parts(text: str, notes: list[str]) -> list[str]:
    """The numbers in ``text`` (usually one), without what is written after the last digit
    (``(casa)``, an extension: noted)."""
    cleaned = text if text.isascii() else unicodedata.normalize("NFKC", text)
    cleaned = cleaned[: _TRAILER.search(cleaned).start()]  # "(casa)", "mamá"
    extension = _EXTENSION.search(cleaned)
    if extension:
        cleaned = cleaned[: extension.start()]
        notes.append(f"Se guarda sin la extensión {extension.group(1)}.")
    if _DECIMAL.fullmatch(cleaned):  # a spreadsheet cell read as a decimal number
        cleaned = cleaned[:-2]
    return [part for part in _SEPARATOR.split(cleaned) if _DIGIT.search(part)]


def _digits(part: str) -> str | None:
    """``"Cel.: (02) 234-5678 casa"`` → ``"022345678"``; ``+`` kept, ``00`` made ``+``; None
    when letters are mixed with the digits."""
    label = _LABEL.match(part)
    start = label.end() if label else 0
    end = _TRAILER.search(part).start()
    core = _PUNCTUATION.sub("", part[start:end])
    if not _NUMBER.fullmatch(core):
        return None
    if core.startswith("00"):
        core = "+" + core[2:]
    return core


def _international(digits: str) -> _Reading | str:
    reading = _read(digits, None)
    return reading if reading is not None and reading.possible else ""


def _national(digits: str, region: str | None) -> _Reading | str:
    """Ecuador first; the nationality when Ecuador gives no valid reading; a valid reading is
    preferred over a merely possible one. A string says why nothing fits (for the error)."""
    home = None if _NOT_HOME.fullmatch(digits) else _read(digits, HOME)
    if home is not None and home.valid:
        return home
    other = None
    if region and region != HOME and region in phonenumbers.SUPPORTED_REGIONS:
        other = _read(digits, region)
        if other is not None and other.valid:
            return other
    for reading in (home, other):
        if reading is not None and reading.possible:
            return reading
    if len(digits) >= 11 and digits[0] != "0":  # "573001234567": a "+" lost in a spreadsheet
        reading = _read("+" + digits, None)
        if reading is not None and reading.valid:
            return replace(reading, guessed=True)
    return _why_not(digits, home)


def _read(digits: str, region: str | None) -> _Reading | None:
    usual = _HOME_SHAPE.fullmatch(digits) if region in (HOME, None) else None
    if usual:  # what parse gives for these shapes, in a thirtieth of its time
        number = PhoneNumber(country_code=_HOME_CODE, national_number=int(usual.group(1)))
    else:
        try:
            number = phonenumbers.parse(digits, region)
        except NumberParseException:
            return None
    return _Reading(number, phonenumbers.is_valid_number(number))


def _region_of(number: PhoneNumber) -> str:
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code, ())
    if len(regions) == 1:  # Ecuador, Venezuela, Colombia…: no need to look the number up
        return regions[0]
    return phonenumbers.region_code_for_number(number) or (regions[0] if regions else "")


def _has_shape(number: PhoneNumber) -> bool:
    """Long enough for a mobile or a landline, and laid out as the country writes its numbers:
    ``04121234567`` has a possible length for Ecuador (toll-free numbers) but no Ecuadorian
    number starts with 4 and has ten digits."""
    if not any(
        phonenumbers.is_possible_number_for_type_with_reason(number, kind) == _POSSIBLE
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)
    ):
        return False
    formats = _formats(phonenumbers.region_code_for_country_code(number.country_code))
    if not formats:
        return True
    national = phonenumbers.national_significant_number(number)
    return any(
        (leading is None or leading.match(national)) and pattern.fullmatch(national)
        for leading, pattern in formats
    )


@cache
def _formats(region: str) -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return ()
    return tuple(
        (
            re.compile(kind.leading_digits_pattern[-1]) if kind.leading_digits_pattern else None,
            re.compile(kind.pattern),
        )
        for kind in metadata.number_format
    )


def _why_not(digits: str, home: _Reading | None) -> str:
    """A short reason for the error, when the digits look like an Ecuadorian number."""
    count = len(digits)
    if digits.startswith("09") and count != 10:
        return f": tiene {count} dígitos y un celular de Ecuador tiene 10"
    if home is not None and home.local_only and count == 7:
        return ": falta el código de provincia (02, 03, 04, 05, 06 o 07)"
    if re.match(r"0[2-7]", digits) and count < 9:
        return f": tiene {count} dígitos y un fijo de Ecuador tiene 9, con el código de provincia"
    return ""


def _stored(reading: _Reading, notes: list[str]) -> PhoneReading:
    if not reading.valid:
        notes.append(
            f"El número {_shown(reading)} no figura como asignado en {_country(reading.region)}; "
            "se guarda igual, confírmelo con la persona."
        )
    elif reading.guessed:
        notes.append(
            f"Se leyó como número de {_country(reading.region)}, {_shown(reading)} (faltaba el "
            "«+»); confírmelo con la persona."
        )
    e164 = phonenumbers.format_number(reading.number, PhoneNumberFormat.E164)
    return PhoneReading(e164, " ".join(notes) or None, None)


def _shown(reading: _Reading) -> str:
    """As people write it: nationally for Ecuador (``099 123 4567``), else with the code."""
    kind = PhoneNumberFormat.NATIONAL if reading.region == HOME else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(reading.number, kind)


def _country(region: str) -> str:
    return countries_by_code().get(region, region)


def _quoted(text: str) -> str:
    return text if len(text) <= _QUOTED_LENGTH else text[: _QUOTED_LENGTH - 1].rstrip() + "…"


def _refused(text: str, nationality: str | None, reason: str) -> PhoneReading:
    choose = "" if nationality else " (o elija la nacionalidad)"
    blank = "" if _DIGIT.search(text) else " Si no tiene teléfono, deje el campo vacío."
    return PhoneReading(
        None,
        None,
        f"No se puede leer «{_quoted(text)}» como teléfono{reason}. Escriba 09XXXXXXXX o "
        f"0X XXX XXXX (Ecuador), o con el código del país: {_example(nationality)}{choose}."
        f"{blank}",
    )


@cache
def _example(nationality: str | None) -> str:
    """A mobile of the person's country with its code (``+57 321 1234567``)."""
    region = (nationality or "").upper()
    if region == HOME or region not in phonenumbers.SUPPORTED_REGIONS:
        return _FOREIGN_EXAMPLE
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    if example is None:
        return _FOREIGN_EXAMPLE
    return phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL)
