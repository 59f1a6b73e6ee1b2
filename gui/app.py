"""``appliance-gui`` / ``make gui``: start the desktop application.

Start-up stays fast because nothing heavy is imported here: torch, transformers and llama.cpp
load in worker threads the first time a job needs them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

STARTED = time.perf_counter()


def create(home=None, language: str | None = None):
    """Build the application and its window (used by ``main``, the tests and the screenshots)."""
    from appliance.offline import apply_offline_env, install_network_guard

    apply_offline_env()
    install_network_guard()
    from appliance.audit import roles

    roles.forget_inherited()  # a person acts only once they have signed in in this window
    # Qt warns that its Latin face lacks OpenType tables for Indic scripts; the bundled script
    # fonts take over (checked in the screenshots), so the warning is noise.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")
    from PySide6.QtWidgets import QApplication

    from gui.i18n import apply_language, register_fonts
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from gui.state import AppState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sovereign model appliance")
    register_fonts()
    settings = Settings.load()
    if language:
        settings.language = language
    apply_language(settings.language)
    state = AppState(home or (settings.home or None))
    _log_to(state.home.logs_dir / "gui.log")
    window = MainWindow(state, settings)
    sys.excepthook = _panel_excepthook(state)
    return app, window


def _log_to(path) -> None:
    """The GUI's own log file (tracebacks of internal errors), once per file."""
    logger = logging.getLogger("appliance")
    target = os.path.abspath(path)
    if any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        return
    handler = logging.FileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _panel_excepthook(state):
    """Exceptions escaping a slot on the UI thread land in the message panel like job errors: the
    core's message for an ``ApplianceError``, otherwise a short note (traceback in the log)."""
    import traceback

    from appliance.errors import ApplianceError

    def hook(kind, exc, tb):
        if isinstance(exc, ApplianceError):
            state.message.emit(exc, "error")
            return
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logging.getLogger("appliance.gui").error(
            "internal error\n%s", "".join(traceback.format_exception(kind, exc, tb))
        )
        state.message.emit(
            f"Internal error ({kind.__name__}: {exc}). Details are in {state.home.logs_dir / 'gui.log'}.", "error"
        )

    return hook


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="appliance-gui", description="The appliance's desktop application.")
    ap.add_argument("--home", help="appliance home (default: APPLIANCE_HOME or the per-user data directory)")
    ap.add_argument("--language", choices=["en", "hi", "ta", "ar", "fr"])
    ap.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--screenshot", help=argparse.SUPPRESS)  # save the first window as PNG, print facts, quit
    args = ap.parse_args(argv)
    from appliance import isolation

    # The window's own process may load llama.cpp (the playground) and never torch: everything
    # that needs torch runs in job processes (gui/isolated.py).
    isolation.install(isolation.LLAMA)
    app, window = create(args.home or os.environ.get("APPLIANCE_HOME"), args.language)
    window.show()
    if args.screenshot:
        from PySide6.QtCore import QTimer

        def shoot():
            import json

            from PySide6.QtCore import Qt

            window.grab().save(args.screenshot)
            print(
                json.dumps(
                    {
                        "title": window.windowTitle(),
                        "language": args.language,
                        "right_to_left": app.layoutDirection() == Qt.RightToLeft,
                        "frozen": bool(getattr(sys, "frozen", False)),
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
            app.quit()

        QTimer.singleShot(800, shoot)
    if args.measure_startup:
        from PySide6.QtCore import QTimer

        def report():
            print(f"FIRST_WINDOW {time.perf_counter() - STARTED:.3f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
