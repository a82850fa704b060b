"""Errors the user can act on; their messages are shown as they are, in Spanish."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action: the command line exits 1 and the GUI shows the message."""


class PermissionDenied(UserError):
    """The signed-in staff user's role does not allow the action."""


class NotFound(UserError):
    pass
