"""Counts read right: «1 visitante», «2 visitantes» (and «1 visitor» in English), through Qt's
plural forms; the catalogues hold two forms for every %n message; one name per area."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coworking.db.enums import RegistrationRole
from coworking.devtools import assets
from coworking.gui import i18n
from coworking.gui.home_cards import EventCard, TodayCard
from coworking.gui.pages.badges import BadgesPage
from coworking.gui.pages.sync import SyncPage

ROOT = assets.repo_root()
PLURAL = re.compile(r"%L?n")

# (context, English source, Spanish for 1, Spanish for 2): strings the widgets show.
SPANISH = [
    ("EventCard", "%Ln visitor(s)", "1 visitante", "2 visitantes"),
    ("EventCard", "%Ln candidate(s)", "1 candidato", "2 candidatos"),
    ("EventCard", "in %Ln day(s)", "en 1 día", "en 2 días"),
    ("BadgesPage", "%Ln member card(s)", "1 carné", "2 carnés"),
    ("BadgesPage", "%Ln badge(s)", "1 credencial", "2 credenciales"),
    ("BadgePreview", "%Ln page(s)", "1 página", "2 páginas"),
    ("SyncPage", "%Ln row(s) pending", "1 fila pendiente", "2 filas pendientes"),
    ("PeoplePage", "%n people", "1 persona", "2 personas"),
    ("PaperTicksDialog", "Entered %Ln arrival(s) from paper.", "Se ingresó 1", "Se ingresaron 2"),
]


def translated(context: str, source: str, count: int) -> str:
    return QCoreApplication.translate(context, source, "", count)


@pytest.mark.parametrize(("context", "source", "one", "two"), SPANISH)
def test_spanish_counts_agree_with_their_noun(context, source, one, two) -> None:
    assert translated(context, source, 1).startswith(one)
    assert translated(context, source, 2).startswith(two)


def test_the_event_card_counts_each_role_in_its_own_form(qtbot) -> None:
    card = EventCard(None)
    qtbot.addWidget(card)
    assert card.role_count(RegistrationRole.VISITOR, 1) == "1 visitante"
    assert card.role_count(RegistrationRole.VISITOR, 2) == "2 visitantes"
    assert card.role_count(RegistrationRole.CANDIDATE, 0) == "0 candidatos"
    assert card.role_count(RegistrationRole.STAFF, 1) == "1 miembro del personal"


def test_captions_under_a_figure_follow_it(qtbot) -> None:
    card = TodayCard(None)
    qtbot.addWidget(card)
    assert card.tr("person(s) today", "", 1) == "persona hoy"
    assert card.tr("person(s) today", "", 3) == "personas hoy"
    assert SyncPage.tr("Batch %1 written in %2: %Ln row(s).", "", 1).endswith(": 1 fila.")
    # member cards are «carnés», badges (job fairs) «credenciales»
    assert BadgesPage.tr("%Ln member card(s) will be generated.", "", 1) == "Se generará 1 carné."
    assert BadgesPage.tr("%Ln badge(s) will be generated.", "", 3) == (
        "Se generarán 3 credenciales."
    )


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_translators(qapp, "en") == "en"
    yield
    assert i18n.install_translators(qapp, "es") == "es"


def test_english_has_its_plural_forms_too(english) -> None:
    """English is the source language: without coworking_en.qm Qt would show «1 visitor(s)»."""
    assert translated("EventCard", "%Ln visitor(s)", 1) == "1 visitor"
    assert translated("EventCard", "%Ln visitor(s)", 2) == "2 visitors"
    assert translated("PeoplePage", "%n people", 1) == "1 person"
    assert translated("PeoplePage", "%n people", 2) == "2 people"
    saved = "Saved %1 with %Ln person(s). Print it for the entrance."
    assert "with 1 person." in translated("FairsPage", saved, 1)
    assert "with 2 people." in translated("FairsPage", saved, 2)
    assert translated("BadgesPage", "%Ln member card(s)", 1) == "1 member card"


def plural_messages(ts_file: Path) -> list[tuple[str, str, str | None, list[str]]]:
    """(context, source, numerus attribute, forms) of every message whose source has %n."""
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if PLURAL.search(source):
                forms = [f.text or "" for f in message.iter("numerusform")]
                found.append((name, source, message.get("numerus"), forms))
    return found


@pytest.mark.parametrize("language", ["es", assets.SOURCE_PLURALS])
def test_every_count_in_the_catalogue_has_two_forms(language: str) -> None:
    messages = plural_messages(assets.catalogue(ROOT, language))
    assert len(messages) >= 20
    wrong = [
        (context, source, forms)
        for context, source, numerus, forms in messages
        if numerus != "yes" or len(forms) != 2 or not all(f.strip() for f in forms)
    ]
    assert not wrong, 'messages with %n need numerus="yes" and two forms:\n' + "\n".join(
        map(str, wrong)
    )


# Navigation entry -> the context of its page's heading (the home page greets instead).
PAGES = {
    "People": "PeoplePage",
    "Coworking": "CoworkingPage",
    "Job fairs": "FairsPage",
    "Badges": "BadgesPage",
    "Reports": "ReportsPage",
    "Synchronization": "SyncPage",
    "Administration": "AdminPage",
}


def test_each_area_has_one_name_in_the_sidebar_and_on_its_page() -> None:
    texts = {
        (m.context, m.source): m.translation for m in assets.messages(assets.catalogue(ROOT, "es"))
    }
    for source, page in PAGES.items():
        assert texts[("Navigation", source)] == texts[(page, source)], source
    assert texts[("Navigation", "Reports")] == "Informes"
    other_words = [
        (context, source)
        for (context, source), text in texts.items()
        if re.search(r"\breportes?\b", text, re.IGNORECASE)
    ]
    assert not other_words, other_words
