"""The PySide6 interface of ISV-dialoog: main window, supplier dialog, meeting wizard.

Widgets take plain data in and give it back (``load``/``save``,
``value``/``set_value``); the wizard and main window alone talk to storage,
and every rule they apply comes from ``isv_dialogue``.
"""
