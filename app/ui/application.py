"""Starting the desktop application: QApplication, bundled fonts, translations, theme, main window.

:func:`run_gui` is the one entry point (the CLI's ``gui`` command calls it).
With ``screenshot`` it renders the window to a PNG and returns without an
event loop, which is how tests, CI and documentation take pictures of the UI.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# The garbage collector rests while the modules load (see app.ui.startup_gc).  The Qt-free
# modules the first paint needs come before PySide6: once imported, PySide6 reads the source
# of every module imported after it (to look for ``from __feature__ import``), for nothing.
import app.ui.startup_gc
from app import fonts, paths  # noqa: F401
from app.document import deal, errors, lock, recovery, session_registry, storage  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.document.errors import DealError
from app.document.lock import DealLockedError
from app.fonts import CJK_FAMILY, FALLBACK_FAMILIES, bundled_font_files
from app.paths import resources_dir
from app.ui.deal_files import open_document
from app.ui.main_window import MainWindow
from app.ui.navigation import PAGE_NAMES
from app.ui.settings import AppSettings
from app.ui.theme import apply_theme
from app.ui.translations import UI_LANGUAGES, current_language, install_translations

app.ui.startup_gc.resume()

APPLICATION_NAME = "Presales Studio"
ORGANISATION_NAME = "PresalesStudio"
SCREENSHOT_SIZE = (1280, 800)

__all__ = [
    "APPLICATION_NAME",
    "ORGANISATION_NAME",
    "PAGE_NAMES",
    "SCREENSHOT_SIZE",
    "UI_LANGUAGES",
    "apply_interface_settings",
    "check_page",
    "create_application",
    "current_language",
    "install_fonts",
    "install_translations",
    "register_qt_fonts",
    "run_gui",
    "ui_font_families",
]

_font_ids: dict[str, int] = {}


def check_page(page: str | None) -> None:
    """Raise ``ValueError`` listing the valid page names if ``page`` is not one of them."""
    if page is not None and page not in PAGE_NAMES:
        raise ValueError(f"unknown page {page!r}; valid pages: {', '.join(PAGE_NAMES)}")


def create_application() -> QApplication:
    """The running QApplication (created on first call), named for settings and window titles."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise TypeError("a QCoreApplication without widgets is already running")
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    icon_file = resources_dir() / "icons" / "presales-studio.png"
    if icon_file.is_file() and app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon_file)))
    app.setApplicationDisplayName(APPLICATION_NAME)
    return app


def register_qt_fonts() -> list[str]:
    """Add the bundled font files to Qt's font database (once per process); returns their families."""
    families: list[str] = []
    for path in bundled_font_files():
        font_id = _font_ids.get(str(path))
        if font_id is None or not QFontDatabase.applicationFontFamilies(font_id):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {path}")
            _font_ids[str(path)] = font_id
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font_families() -> list[str]:
    """The application font's families in order: the bundled CJK family, then installed fallbacks.

    The bundled face has good Latin letters, so it comes first for every script;
    the fallbacks (only those installed, since Qt logs a warning for a missing
    family) cover the rare Chinese characters outside GB2312 and symbols the
    subset lacks.
    """
    installed = set(QFontDatabase.families())
    return [CJK_FAMILY, *(f for f in FALLBACK_FAMILIES if f in installed and f != CJK_FAMILY)]


def install_fonts(app: QApplication) -> QFont:
    """Register the bundled fonts and make the CJK family the application font; returns that font."""
    families = register_qt_fonts()
    if CJK_FAMILY not in families:
        raise RuntimeError(f"the bundled fonts provide {families}, not {CJK_FAMILY!r}")
    font = QFont(app.font())
    font.setFamilies(ui_font_families())
    app.setFont(font)
    return font


def apply_interface_settings(settings: AppSettings, language: str | None = None) -> str:
    """Install the interface language (``language`` wins over the settings) and the theme."""
    app = create_application()
    chosen = install_translations(app, language or settings.ui_language())
    apply_theme(app, settings.theme())
    return chosen


def run_gui(
    deal_path: Path | None,
    *,
    page: str | None = None,
    screenshot: Path | None = None,
    language: str | None = None,
) -> int:
    """Open the main window on ``deal_path`` (a ``.deal`` or ``.json`` file, or ``None``).

    * ``page``: the page to show first (one of :data:`PAGE_NAMES`; else ``ValueError``).
    * ``screenshot``: render the window to this PNG file and return at once
      (0 saved, 1 the PNG could not be written, 2 the deal could not be loaded).
    * ``language``: the interface language (``"en"`` or ``"zh_CN"``; ``None``: the
      preference, which by default follows the system).

    Without ``screenshot`` this runs the event loop and returns its exit code; a
    deal that cannot be loaded is reported in a message box and the window opens
    empty; recovery copies left by a crash are offered once the window has painted.
    """
    check_page(page)
    if language is not None and language not in UI_LANGUAGES:
        raise ValueError(
            f"unsupported interface language {language!r}; use one of {', '.join(UI_LANGUAGES)}"
        )
    app = create_application()
    settings = AppSettings()
    apply_interface_settings(settings, language)
    install_fonts(app)
    window = MainWindow(settings=settings, remember_layout=screenshot is None)
    if page is not None:
        window.show_page(page)

    if screenshot is not None:
        try:
            if deal_path is not None:
                try:
                    try:
                        window.open_deal(Path(deal_path))
                    except DealLockedError:  # open in a running app: a picture needs no lock
                        window.open_deal(Path(deal_path), read_only=True)
                except DealError as exc:
                    print(f"error: {exc}", file=sys.stderr)
                    return 2
            window.compute_now()
            return _save_screenshot(app, window, Path(screenshot))
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    deal_error: DealError | None = None
    if deal_path is not None:
        try:
            document = open_document(Path(deal_path))
        except DealLockedError:
            document = window.lifecycle().load(Path(deal_path))  # asks: read-only, or not at all
        except DealError as exc:
            document, deal_error = None, exc
        if document is not None:
            window.set_document(document)
            settings.add_recent_file(deal_path)
    window.show()
    if deal_error is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            window, QCoreApplication.translate("run_gui", "Cannot open the deal"), str(deal_error)
        )
    _after_first_paint(window, window.lifecycle().offer_recovery)
    return app.exec()


def _after_first_paint(window: MainWindow, slot, fallback_ms: int = 3000) -> None:
    """Call ``slot`` once, in the event loop turn after the window first painted.

    Work that can wait (looking for recovery copies opens the recovery store and
    may show a dialog) then never delays the first picture of the deal.  A
    window that does not paint (started minimised, on a hidden desktop) still
    gets the call after ``fallback_ms``.
    """
    called = False

    def call_once() -> None:
        nonlocal called
        if not called:
            called = True
            slot()

    def call_soon() -> None:
        window.first_painted.disconnect(call_soon)
        QTimer.singleShot(0, window, call_once)

    if window.has_painted():
        QTimer.singleShot(0, window, call_once)
    else:
        window.first_painted.connect(call_soon)
        QTimer.singleShot(fallback_ms, window, call_once)


def _save_screenshot(app: QApplication, window: MainWindow, target: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    _wait_until_painted(app, window)
    settle = time.monotonic() + 0.6  # charts redraw on short timers after the results arrive
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.02)
    image = window.grab()
    if image.isNull() or not image.save(str(target), "PNG"):
        print(f"error: {target}: the screenshot could not be written", file=sys.stderr)
        return 1
    return 0


def _wait_until_painted(app: QApplication, window: MainWindow, timeout: float = 5.0) -> None:
    """Process events until the window is exposed and its layouts have settled."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            break
        time.sleep(0.01)
    for _ in range(3):  # layout requests and deferred resizes post further events
        app.processEvents()
