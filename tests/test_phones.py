"""Phones as people write them: Ecuadorian first, the person's nationality when that fails."""

from __future__ import annotations

import phonenumbers
import pytest

from coworking.core import people
from coworking.core.people import PersonInput
from coworking.core.phones import PhoneReading, read_phone

UNASSIGNED = "0955123456"  # the shape of an Ecuadorian mobile, in a block libphonenumber lacks


def test_the_unassigned_block_of_these_tests_is_still_unassigned():
    number = phonenumbers.parse(UNASSIGNED, "EC")
    assert phonenumbers.is_possible_number(number) and not phonenumbers.is_valid_number(number)


@pytest.mark.parametrize(
    "text",
    [
        "0991234567",
        "099 123 4567",
        "099-123-4567",
        "099.123.4567",
        "+593 99 123 4567",
        "+593991234567",
        "593991234567",
        "00593991234567",
        "(+593) 99 123 4567",
        "+593 (0)99 123 4567",
        "991234567",  # a spreadsheet dropped the 0
        "991234567.0",  # and read the cell as a decimal number
        "Cel. 099 123 4567",
        "WhatsApp: 0991234567",
        "0991234567 (personal)",
        "  099 123 4567  ",
        "０９９１２３４５６７",  # full-width digits
    ],
)
def test_an_ecuadorian_mobile_in_every_written_shape(text):
    assert read_phone(text) == PhoneReading("+593991234567", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "(02) 234 5678",
        "022345678",
        "02-234-5678",
        "02 234 5678",
        "+593 2 234 5678",
        "Telf: 022345678",
    ],
)
def test_an_ecuadorian_landline_in_every_written_shape(text):
    assert read_phone(text) == PhoneReading("+59322345678", None, None)


@pytest.mark.parametrize("text", [None, "", "   "])
def test_nothing_typed_is_nothing_stored(text):
    assert read_phone(text, "VE") == PhoneReading(None, None, None)


def test_a_possible_number_in_an_unassigned_block_is_stored_with_a_warning():
    reading = read_phone(UNASSIGNED)
    assert reading.e164 == "+593955123456" and reading.error is None
    assert reading.warning == (
        "El número 095 512 3456 no figura como asignado en Ecuador; "
        "se guarda igual, confírmelo con la persona."
    )


@pytest.mark.parametrize("text", ["04121234567", "0412-1234567", "0412 123 4567", "(0412) 1234567"])
def test_a_venezuelan_number_written_the_venezuelan_way_for_a_venezuelan(text):
    assert read_phone(text, "VE") == PhoneReading("+584121234567", None, None)
    assert read_phone(text, "ve").e164 == "+584121234567"  # the code in lower case


def test_the_venezuelan_number_without_a_nationality_is_an_error_that_says_what_to_do():
    reading = read_phone("04121234567")
    assert reading.e164 is None and reading.warning is None
    assert "«04121234567»" in reading.error
    assert "09XXXXXXXX" in reading.error and "+58 412 123 4567" in reading.error
    assert "elija la nacionalidad" in reading.error


def test_a_colombian_mobile_for_a_colombian():
    assert read_phone("300 123 4567", "CO") == PhoneReading("+573001234567", None, None)
    assert read_phone("3001234567").error  # an Ecuadorian reading has no such number


def test_an_international_number_is_read_as_such_whatever_the_nationality():
    assert read_phone("+58 412 1234567", "EC").e164 == "+584121234567"
    assert read_phone("0058 412 1234567", None).e164 == "+584121234567"
    assert read_phone("+57 300 123 4567", "VE").e164 == "+573001234567"


def test_an_ecuadorian_number_stays_ecuadorian_for_a_foreigner():
    assert read_phone("0991234567", "VE").e164 == "+593991234567"
    assert read_phone("0991234567", "CO").e164 == "+593991234567"


def test_a_valid_reading_wins_over_a_merely_possible_one():
    """``0412…`` cannot be Ecuadorian; a Venezuelan mobile that is valid comes before an
    Ecuadorian number in an unassigned block of the same digits."""
    assert read_phone(UNASSIGNED, "VE").e164 == "+593955123456"  # Venezuela has no such number
    assert read_phone("04161234567", "VE") == PhoneReading("+584161234567", None, None)


def test_an_unknown_nationality_is_left_aside():
    assert read_phone("0991234567", "?").e164 == "+593991234567"
    assert read_phone("04121234567", "XX").error


@pytest.mark.parametrize("text", ["no tiene", "123", "0999", "N/A", "-", "0991234", "2345678"])
def test_rubbish_is_an_error_that_quotes_the_text(text):
    reading = read_phone(text)
    assert reading.e164 is None and reading.warning is None
    assert reading.error.startswith(f"No se puede leer «{text}» como teléfono")
    assert "Escriba 09XXXXXXXX o 0X XXX XXXX (Ecuador), o con el código del país" in reading.error


def test_the_error_says_what_is_missing_when_it_can():
    assert "tiene 4 dígitos y un celular de Ecuador tiene 10" in read_phone("0999").error
    assert "falta el código de provincia" in read_phone("2345678").error
    assert "tiene letras" in read_phone("099abc4567").error
    assert "deje el campo vacío" in read_phone("no tiene").error
    assert "deje el campo vacío" not in read_phone("123").error


def test_the_error_shows_a_number_of_the_persons_country():
    error = read_phone("12345", "CO").error
    assert "+57 321 1234567" in error and "elija la nacionalidad" not in error


def test_a_long_text_is_quoted_shortened():
    error = read_phone("llamar a la vecina del tercer piso que le avisa").error
    assert "«llamar a la vecina del tercer piso que…»" in error


def test_an_extension_is_dropped_with_a_warning():
    reading = read_phone("(02) 234-5678 ext. 12")
    assert reading.e164 == "+59322345678"
    assert reading.warning == "Se guarda sin la extensión 12."
    assert read_phone("022345678 extensión 305").warning == "Se guarda sin la extensión 305."


def test_two_numbers_keep_the_first_with_a_warning():
    for text in ("0991234567 / 022345678", "0991234567 o 022345678", "0991234567; 022345678"):
        reading = read_phone(text)
        assert reading.e164 == "+593991234567", text
        assert reading.warning == (
            f"Hay más de un número en «{text}»; se guarda el primero, 099 123 4567."
        )


def test_digits_that_lost_their_plus_are_read_as_international_with_a_warning():
    reading = read_phone("573001234567")
    assert reading.e164 == "+573001234567"
    assert "Colombia" in reading.warning and "+57 300 1234567" in reading.warning
    assert read_phone("573001234567", "CO") == PhoneReading("+573001234567", None, None)


def test_validate_keeps_errors_and_warnings_apart():
    doubtful = PersonInput("Ana", "Loor", phone=UNASSIGNED)
    problems = people.validate(doubtful)
    assert not problems and problems.by_field == {}
    assert "no figura como asignado" in problems.warnings["phone"]
    assert doubtful.phone == "+593955123456"

    venezuelan = PersonInput("Luis", "Pérez", nationality="VE", phone="0412-1234567")
    assert not people.validate(venezuelan) and venezuelan.phone == "+584121234567"

    wrong = PersonInput("Luis", "Pérez", phone="0412-1234567")
    problems = people.validate(wrong)
    assert problems and "«0412-1234567»" in problems.by_field["phone"]
    assert problems.warnings == {}


def test_search_words_of_a_foreign_number_as_its_people_say_it():
    words = people.token_set("Luis", "Pérez", None, "+584121234567")
    assert {"04121234567", "4121234567", "584121234567"} <= words
    assert {"3001234567", "573001234567"} <= people.token_set("", "", None, "+573001234567")
    assert {"0991234567", "991234567", "593991234567"} <= people.token_set(
        "", "", None, "+593991234567"
    )


def test_a_venezuelan_is_found_by_the_number_written_the_venezuelan_way(database, admin):
    with database.unit_of_work(admin) as session:
        person = people.create_person(
            session,
            admin,
            PersonInput("Luis", "Pérez", nationality="VE", phone="0412-1234567"),
            ["registro"],
        )
        assert person.phone == "+584121234567"
        assert [p.id for p in people.search(session, "0412-1234567")] == [person.id]
        assert [p.id for p in people.search(session, "luis 0412")] == [person.id]


def test_the_usual_ecuadorian_shapes_read_as_libphonenumber_parses_them():
    """The common shapes skip ``phonenumbers.parse`` for speed: the same number comes out."""
    texts = [f"09{block:02d}123456" for block in range(100)]
    texts += [f"0{area}{exchange}234567" for area in range(2, 8) for exchange in range(10)]
    texts += [prefix + text[1:] for text in texts for prefix in ("593", "+593")]
    for text in texts:
        number = phonenumbers.parse(text, "EC")
        reading = read_phone(text)
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert reading.e164 == expected, text
        assert (reading.warning is None) is phonenumbers.is_valid_number(number), text


def test_what_is_not_read_as_ecuadorian_cannot_be_an_ecuadorian_phone():
    """``0[2-8]`` and 9 digits more (Venezuelan numbers) skip the Ecuadorian reading:
    libphonenumber has no Ecuadorian mobile or landline of that length."""
    for text in ("04121234567", "02121234567", "08121234567", "04241234567", "02999999999"):
        number = phonenumbers.parse(text, "EC")
        assert not phonenumbers.is_valid_number(number), text
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            assert not phonenumbers.is_possible_number_for_type(number, kind), text
        assert read_phone(text).error, text
