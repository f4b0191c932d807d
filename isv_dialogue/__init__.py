"""ISV-dialoog core: domain, questionnaire content, storage, minutes and CLI.

Nothing in this package imports Qt, so every rule, the command line and the
PDF minutes work without a display.
"""

__version__ = "0.1.0"
PROG = "isv-dialogue"  # the command's name
