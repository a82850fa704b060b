"""Generated assets match their sources: compiled forms, Spanish catalogue, .qm, Qt's own .qm.

When one of these fails, run ``scripts/build-assets`` and translate what it lists.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coworking.devtools import assets
from coworking.gui import i18n

ROOT = assets.repo_root()
FORMS = assets.forms(ROOT)


def test_there_are_forms_to_check() -> None:
    assert FORMS, "no ui/*.ui files found"


@pytest.mark.parametrize("form", FORMS, ids=[f.source.name for f in FORMS])
def test_compiled_form_matches_its_ui(form: assets.Form, tmp_path: Path) -> None:
    fresh = tmp_path / form.module.name
    assets.compile_form(form, fresh, ROOT)
    assert form.module.is_file(), f"{form.module} is missing: run scripts/build-assets"
    assert assets.comparable_code(form.module.read_text(encoding="utf-8")) == (
        assets.comparable_code(fresh.read_text(encoding="utf-8"))
    ), f"{form.module.name} is not what pyside6-uic makes of {form.source.name}"


def test_no_compiled_form_without_ui() -> None:
    assert assets.orphan_form_modules(ROOT) == []


def test_generated_forms_are_not_translation_sources() -> None:
    sources = assets.translation_sources(ROOT)
    assert Path("ui", FORMS[0].source.name) in sources
    assert Path("src/coworking/gui/app.py") in sources
    assert not [p for p in sources if p.parent == assets.FORMS_PACKAGE]


@pytest.mark.parametrize("language", assets.LANGUAGES)
def test_every_source_string_has_a_finished_translation(language: str, tmp_path: Path) -> None:
    committed = assets.catalogue(ROOT, language)
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    assets.update_catalogue(ROOT, fresh)
    missing = assets.untranslated(fresh)
    assert not missing, "strings without a finished translation:\n" + "\n".join(
        str(m) for m in missing
    )
    assert len(list(assets.messages(fresh))) > 10


@pytest.mark.parametrize("language", assets.LANGUAGES)
def test_committed_catalogue_is_finished(language: str) -> None:
    """What lrelease compiles: nothing unfinished, nothing left over from deleted code."""
    missing = assets.untranslated(assets.catalogue(ROOT, language))
    assert not missing, "\n".join(str(m) for m in missing)


@pytest.mark.parametrize("language", assets.LANGUAGES)
def test_qm_is_compiled_from_committed_ts(language: str, tmp_path: Path) -> None:
    qm_file = assets.compiled_catalogue(ROOT, language)
    fresh = tmp_path / qm_file.name
    assets.release_catalogue(assets.catalogue(ROOT, language), fresh)
    assert qm_file.is_file()
    assert qm_file.read_bytes() == fresh.read_bytes(), (
        f"{qm_file.name} is not what lrelease makes of the .ts: run scripts/build-assets"
    )


@pytest.mark.parametrize("language", assets.LANGUAGES)
def test_qm_translates(language: str, qapp: QApplication) -> None:
    sample = next(  # a message without plural forms: those are looked up with a count
        m
        for m in assets.messages(assets.catalogue(ROOT, language))
        if not m.status and "\x1f" not in m.translation
    )
    translator = QTranslator()
    assert translator.load(str(assets.compiled_catalogue(ROOT, language)))
    assert translator.translate(sample.context, sample.source, sample.comment or None) == (
        sample.translation
    )


def test_qt_own_spanish_catalogue_is_found(qapp: QApplication) -> None:
    """Standard buttons and Qt's dialogs speak Spanish: qtbase_es.qm is where i18n looks."""
    found = [
        d / "qtbase_es.qm" for d in i18n.qt_translation_dirs() if (d / "qtbase_es.qm").is_file()
    ]
    assert found, f"qtbase_es.qm not in {i18n.qt_translation_dirs()}"
    translator = QTranslator()
    assert translator.load(str(found[0]))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert sorted(b.text() for b in buttons.buttons()) == ["Aceptar", "Cancelar"]
    finally:
        qapp.removeTranslator(translator)


def test_check_lists_what_is_out_of_date(tmp_path: Path) -> None:
    """``scripts/build-assets --check`` logic, on a copy of the checkout."""
    copy = tmp_path / "checkout"
    for part in ("ui", "src", "resources/translations"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    assert assets.out_of_date(copy) == []

    probe = copy / "src" / "coworking" / "gui" / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'TEXT = QCoreApplication.translate("Probe", "A brand new string")\n',
        encoding="utf-8",
    )
    form = copy / assets.FORMS_PACKAGE / FORMS[0].module.name
    form.write_text(form.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    problems = assets.out_of_date(copy)
    assert any(form.name in line for line in problems)
    assert any("A brand new string" in line for line in problems)

    fresh = tmp_path / "es.ts"
    shutil.copyfile(assets.catalogue(copy, "es"), fresh)
    assets.update_catalogue(copy, fresh)
    assert [(m.context, m.source, m.status) for m in assets.untranslated(fresh)] == [
        ("Probe", "A brand new string", "unfinished")
    ]


def test_english_plural_forms_are_written_from_the_source() -> None:
    assert assets.english_plural_forms("%n visitor(s)") == ("%n visitor", "%n visitors")
    assert assets.english_plural_forms("Saved %1 with %Ln person(s).") == (
        "Saved %1 with %Ln person.",
        "Saved %1 with %Ln people.",
    )
    assert assets.english_plural_forms("%Ln registered") == ("%Ln registered", "%Ln registered")


def test_source_language_plural_catalogue_is_finished(qapp: QApplication) -> None:
    """coworking_en.ts holds only plural messages, each finished (out_of_date checks that it
    is current); the program loads its .qm when it speaks English."""
    committed = assets.catalogue(ROOT, assets.SOURCE_PLURALS)
    messages = list(assets.messages(committed))
    assert messages and not assets.untranslated(committed)
    translator = QTranslator()
    assert translator.load(str(assets.compiled_catalogue(ROOT, assets.SOURCE_PLURALS)))
    assert i18n.app_translation("en") == assets.compiled_catalogue(ROOT, "en")
