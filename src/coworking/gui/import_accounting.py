"""What the import wizard says of an import's rows: every row accounted for (imported or to be,
already there, refused, with warnings, blank), in sentences with their plurals, for each kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class Accounting(QObject):
    """The sentences of a report; ``written`` tells an import done from a check."""

    def rows(self, report: Any, written: bool, kind: str) -> str:
        """«500 filas: 480 se importarán, 12 ya registradas, 8 rechazadas, 30 con avisos (se
        importan igual), 2 vacías.»"""
        if written:
            done = self.tr("%n imported", "", report.done)
            warned = self.tr("%n with warnings (imported all the same)", "", report.warned)
        else:
            done = self.tr("%n will be imported", "", report.done)
            warned = self.tr("%n with warnings (will be imported all the same)", "", report.warned)
        already = {
            "people": self.tr("%n already registered", "", report.already),
            "registrations": self.tr("%n already registered for the event", "", report.already),
            "employers": self.tr("%n already up to date", "", report.already),
        }[kind]
        parts = [
            done,
            already,
            self.tr("%n refused", "", report.refused),
            warned,
            self.tr("%n blank", "", report.blank),
        ]
        return self.tr("%n row(s)", "", report.rows) + ": " + ", ".join(parts) + "."

    def extra(self, report: Any, written: bool, kind: str) -> list[str]:
        """What else the kind tells: new people, new and updated employers, a resumed run."""
        lines = []
        if kind == "registrations" and report.people_created:
            if written:
                text = self.tr("%n person(s) added to the registry.", "", report.people_created)
            else:
                text = self.tr(
                    "%n person(s) will be added to the registry.", "", report.people_created
                )
            lines.append(text)
        if kind == "employers" and (report.created or report.updated):
            if written:
                text = self.tr("New employers: %1; updated: %2.")
            else:
                text = self.tr("New employers: %1; to be updated: %2.")
            lines.append(text.replace("%1", str(report.created)).replace("%2", str(report.updated)))
        if written and report.resumed_from > 1:
            lines.append(
                self.tr(
                    "An import of this file that was cut short was taken up again: rows up to "
                    "%1 were already saved."
                ).replace("%1", str(report.resumed_from))
            )
        return lines

    def refused_hint(self, report: Any, written: bool) -> str:
        if not report.refused:
            return ""
        if written:
            return self.tr(
                "The refused rows were not imported: save the list of problems, fix them in the "
                "file and import it again (rows already imported are recognised)."
            )
        return self.tr(
            "Refused rows will not be imported; the others can be. Save the list of problems "
            "to fix them in the file."
        )

    def duplicates(self, rows: int, written: bool) -> str:
        if written:
            return self.tr(
                "%n imported row(s) may be someone already registered or an earlier row. "
                "They were imported all the same: review them in People, Possible duplicates.",
                "",
                rows,
            )
        return self.tr(
            "%n row(s) may be someone already registered or an earlier row. They will be "
            "imported all the same and can be reviewed in People, Possible duplicates.",
            "",
            rows,
        )

    def other(self, name: str, other_row: int | None) -> str:
        if other_row is not None:
            text = self.tr("%1 (row %2 of this file)").replace("%2", str(other_row))
        else:
            text = self.tr("%1 (already registered)")
        return text.replace("%1", name)
