"""Alt+letter mnemonics (the «&» of a button, a label with a buddy, a tab, a menu): two on one
screen with the same letter make Alt+letter go to the first and never to the second (seen:
«&Evento:» and «Estación de &entrada» on Ferias)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single «&» («&&» is a literal ampersand), lower-cased."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isEnabled()


def _texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if _shown(button, root):
            texts.append(button.text())
    for label in root.findChildren(QLabel):
        if _shown(label, root) and label.buddy() is not None:
            texts.append(label.text())
    for box in root.findChildren(QGroupBox):
        if _shown(box, root) and box.isCheckable():
            texts.append(box.title())
    for bar in root.findChildren(QTabBar):
        if _shown(bar, root):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabEnabled(i)]
    for bar in root.findChildren(QMenuBar):
        if _shown(bar, root):
            texts += [action.text() for action in bar.actions() if action.isVisible()]
    return texts


def clashes(root: QWidget) -> list[str]:
    """«letter: text, text» for each letter that two visible controls of ``root`` share."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in _texts(root):
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return [
        f"Alt+{letter.upper()}: " + " · ".join(sorted(texts))
        for letter, texts in sorted(by_letter.items())
        if len(texts) > 1
    ]
