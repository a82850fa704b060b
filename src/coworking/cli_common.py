"""What the command's modules share: the error of a command that ran but found bad rows."""

from __future__ import annotations

from typing import Any

from coworking.core.errors import UserError


class ReportedError(UserError):
    """A command that ran but found bad rows: its report is printed, and it exits 1."""

    def __init__(self, result: dict[str, Any]) -> None:
        super().__init__(result["message"])
        self.result = result
