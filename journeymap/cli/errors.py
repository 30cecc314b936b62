"""The error every command raises for a problem the user can fix."""


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""
