"""The door and the co-working desk in a real X window, typed by xdotool as a USB scanner and a
person type (``tests/real_window.py``). Each test signs in by typing, reads what happened from
the database and leaves screenshots of the screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from coworking import clock
from tests.real_window import Desktop, desktop

pytestmark = pytest.mark.real_window

PASSWORD = "demo-2026"  # the demo's accounts
TIME_OF_DAY = "10:35"  # the door has been open an hour and a half; the desk is busy


def _db(screen: Desktop):
    return create_engine(f"sqlite:///{screen.home / 'coworking.sqlite3'}")


def _query(screen: Desktop, sql: str, **params) -> list[tuple]:
    engine = _db(screen)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def _prepared(screen: Desktop) -> tuple[date, str]:
    """The demo built around today (by the program's clock), and the clock the program uses."""
    day = clock.today()
    moment = f"{day.isoformat()}T{TIME_OF_DAY}"
    screen.coworking(
        "init", "--site-name", "Coworking Manta", "--canton", "1308", "--admin", "admin",
        clock=moment, stdin="clave-de-prueba-123\nclave-de-prueba-123\n",
    )  # fmt: skip
    screen.coworking("demo", "--people", "300", "--today", day.isoformat(), clock=moment)
    return day, moment


def _waiting_badges(screen: Desktop, day: date, count: int) -> list[str]:
    """Badge codes of people registered for today's fair who have not come in yet."""
    rows = _query(
        screen,
        "SELECT r.badge_code FROM registration r JOIN event e ON e.id = r.event_id"
        " WHERE e.starts_on <= :day AND e.ends_on >= :day AND e.kind = 'job_fair'"
        " AND r.checked_in_at IS NULL AND r.cancelled_at IS NULL ORDER BY r.id LIMIT :n",
        day=day.isoformat(),
        n=count,
    )
    assert len(rows) == count, "la demostración no tiene una feria hoy con inscritos"
    return [code for (code,) in rows]


def _checked_in(screen: Desktop, code: str) -> bool:
    rows = _query(screen, "SELECT checked_in_at FROM registration WHERE badge_code = :c", c=code)
    return rows[0][0] is not None


def _sign_in(screen: Desktop, username: str) -> None:
    screen.focus()
    screen.type_like_a_person(username)
    screen.keys("Tab")
    screen.type_like_a_person(PASSWORD)
    screen.keys("Return")
    screen.wait_for(
        lambda: any(
            "Coworking Manta · Coworking" in screen.xdotool("getwindowname", w, check=False)
            for w in screen.windows()
        ),
        15,
        "la ventana principal",
    )
    screen.wait_windows(1)
    screen.focus()


def _open_door(screen: Desktop) -> None:
    """Ferias (Ctrl+4), the door (F9), the entrance's name as proposed (Enter)."""
    screen.keys("ctrl+4")
    screen.keys("F9")
    screen.wait_windows(2)  # the entrance's name
    screen.focus()
    screen.keys("Return")
    screen.wait_windows(1)
    screen.focus()


def _no_traceback(screen: Desktop) -> None:
    assert "Traceback" not in screen.output(), screen.output()


def test_door_scans_badges_also_through_the_walk_in_form(tmp_path: Path):
    with desktop(tmp_path) as screen:
        day, moment = _prepared(screen)
        first, second = _waiting_badges(screen, day, 2)
        screen.start(moment)
        _sign_in(screen, "recepcion")
        _open_door(screen)

        screen.scan(first)
        screen.wait_for(lambda: _checked_in(screen, first), 10, "la entrada del primer escaneo")
        screen.shot("puerta-escaneo")

        (last_person,) = _query(screen, "SELECT max(id) FROM person")[0]
        screen.keys("ctrl+n")  # a walk-in's form opens, its first field has the keyboard
        screen.wait_windows(2)
        screen.focus()
        screen.scan(second)  # the scanner fires into the open form
        screen.wait_for(lambda: _checked_in(screen, second), 10, "la entrada detrás del formulario")
        screen.shot("puerta-escaneo-con-formulario-abierto")

        # The form's fields stayed as they were: what a person types is all there is in them,
        # capitals with Shift, accents with the dead key of a Latin American keyboard.
        screen.type_like_a_person("María José")
        screen.keys("Tab")
        screen.keyboard_layout("latam")
        screen.type_like_a_person("Núñez Ávila", dead_keys=True)
        screen.keys(*["Tab"] * 6, "space")  # sex, birth date, nationality, phone, role: consent
        screen.shot("puerta-formulario-escrito")
        screen.keys("ctrl+Return")
        screen.wait_windows(1)
        rows = _query(
            screen,
            "SELECT p.given_names, p.family_names, r.source, r.checked_in_at FROM person p"
            " JOIN registration r ON r.person_id = p.id WHERE p.id > :last",
            last=last_person,
        )
        assert [(given, family, source) for given, family, source, _at in rows] == [
            ("María José", "Núñez Ávila", "door")
        ]
        assert rows[0][3] is not None
        screen.shot("puerta-persona-nueva-ingresada")
        _no_traceback(screen)


def test_a_scan_while_the_undo_question_is_open_is_checked_in_behind_it(tmp_path: Path):
    with desktop(tmp_path) as screen:
        day, moment = _prepared(screen)
        first, second = _waiting_badges(screen, day, 2)
        screen.start(moment)
        _sign_in(screen, "coordinacion")  # coordinators may undo a check-in
        _open_door(screen)

        screen.scan(first)
        screen.wait_for(lambda: _checked_in(screen, first), 10, "la entrada del primer escaneo")
        screen.keys("ctrl+z")  # «Undo the check-in of …?»
        screen.wait_windows(2)
        screen.focus()
        screen.scan(second)
        screen.wait_for(lambda: _checked_in(screen, second), 10, "la entrada detrás de la pregunta")
        screen.shot("puerta-escaneo-con-pregunta-abierta")
        assert len(screen.windows()) == 2  # the question is still there, unanswered
        screen.keys("Escape")  # keep the admission
        screen.wait_windows(1)
        assert _checked_in(screen, first)
        undone = _query(screen, "SELECT count(*) FROM check_in WHERE undone_at IS NOT NULL")
        assert undone == [(0,)]
        screen.shot("puerta-tras-la-pregunta")
        _no_traceback(screen)


def _member_cards(screen: Desktop, count: int) -> list[str]:
    """Member cards of people not in the co-working space now."""
    rows = _query(
        screen,
        "SELECT p.member_code FROM person p WHERE p.member_code IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM visit v WHERE v.person_id = p.id AND v.checked_out_at IS NULL)"
        " ORDER BY p.id LIMIT :n",
        n=count,
    )
    assert len(rows) == count
    return [code for (code,) in rows]


def _inside(screen: Desktop, card: str) -> bool:
    rows = _query(
        screen,
        "SELECT count(*) FROM visit v JOIN person p ON p.id = v.person_id"
        " WHERE p.member_code = :c AND v.checked_out_at IS NULL",
        c=card,
    )
    return rows == [(1,)]


def test_desk_scans_member_cards_also_through_the_new_person_form(tmp_path: Path):
    with desktop(tmp_path) as screen:
        _day, moment = _prepared(screen)
        first, second = _member_cards(screen, 2)
        screen.start(moment)
        _sign_in(screen, "recepcion")
        screen.keys("ctrl+3")  # Coworking: the front desk, its scan field has the keyboard

        screen.scan(first)
        screen.wait_for(lambda: _inside(screen, first), 10, "la visita del primer carné")
        screen.shot("mostrador-escaneo")

        screen.keys("F2")  # a new person's form
        screen.wait_windows(2)
        screen.focus()
        screen.scan(second)  # a member arrives while the form is open
        screen.wait_for(lambda: _inside(screen, second), 10, "la visita detrás del formulario")
        screen.shot("mostrador-escaneo-con-formulario-abierto")
        (last_person,) = _query(screen, "SELECT max(id) FROM person")[0]
        screen.type_like_a_person("Ramón")
        screen.keys("Tab")
        screen.type_like_a_person("Zambrano Ñauta")
        screen.shot("mostrador-formulario-escrito")
        screen.keys("Return")  # saves, registers the entry
        screen.wait_windows(1)
        rows = _query(
            screen,
            "SELECT p.given_names, p.family_names, v.checked_out_at FROM person p"
            " JOIN visit v ON v.person_id = p.id WHERE p.id > :last",
            last=last_person,
        )
        assert rows == [("Ramón", "Zambrano Ñauta", None)]
        assert _inside(screen, first) and _inside(screen, second)
        screen.shot("mostrador-persona-nueva-dentro")
        _no_traceback(screen)
