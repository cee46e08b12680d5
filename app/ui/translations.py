"""The interface language: Qt translators for our strings and Qt's own, switchable at runtime."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

UI_LANGUAGES = ("en", "zh_CN")
"""Languages the interface can be shown in; English is the source language."""

_translators: list[QTranslator] = []
_current = ["en"]


def system_language() -> str:
    """The interface language the system locale asks for (zh_CN for any Chinese locale)."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def current_language() -> str:
    """The interface language in effect (``en`` or ``zh_CN``)."""
    return _current[0]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QApplication, language: str | None) -> str:
    """Load the interface translation for ``language`` (``None`` or ``"system"``: the system's).

    Returns the language used.  Missing translation files are not an error:
    the interface stays in English.
    """
    if language == "system":
        language = None
    if language is not None and language not in UI_LANGUAGES:
        raise ValueError(
            f"unsupported interface language {language!r}; use one of {', '.join(UI_LANGUAGES)}"
        )
    chosen = language or system_language()
    for translator in _translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _translators.clear()
    _current[0] = chosen
    if chosen == "en":
        return chosen
    candidates = [
        (translations_dir(), f"presales_studio_{chosen}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{chosen}"),
    ]
    for folder, name in candidates:
        if not (folder / f"{name}.qm").is_file():
            continue
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)
    return chosen
