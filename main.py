"""Start ISV-dialoog: the app without a command, the command line with one.

This is the only place that joins the core (``isv_dialogue``, no Qt) to the
interface (``ui``): the core is handed a way to open the app, never imports it.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def _launch_app(data_dir: Path | None) -> int:
    # The app collects cyclic garbage on its UI thread only (ui/collector.py). Taking
    # over before its imports spares the launch the collections they would set off
    # (4 ms; docs/performance.md): the collector does what is due once it runs.
    gc.disable()
    from ui.app import run

    return run(data_dir)


def main(argv: list[str] | None = None) -> int:
    from isv_dialogue.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, launch_app=_launch_app)


if __name__ == "__main__":
    sys.exit(main())
