"""The user's preferences (QSettings): language, theme, company profile, folders, autosave, recent files.

Settings live in ``settings.ini`` inside the user data folder
(:func:`app.paths.user_data_dir`), next to the recovery copies, rather than
in the registry or ``~/.config``: one place to back up or reset, the same on
every platform, and ``$PRESALES_STUDIO_DATA_DIR`` isolates it (tests do that).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.paths import user_data_dir

LANGUAGES = ("system", "zh_CN", "en")
THEMES = ("system", "light", "dark")
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 60
DEFAULT_VAT_RATES = (Decimal("0.13"), Decimal("0.09"), Decimal("0.06"))


@dataclass(frozen=True)
class PaymentStep:
    """One step of the company's standard payment plan (percent as a fraction)."""

    label: str
    percent: Decimal
    trigger: str = "signing"
    offset_days: int = 0


DEFAULT_PAYMENT_PLAN = (
    PaymentStep("预付款 / Advance", Decimal("0.30"), "signing", 15),
    PaymentStep("验收款 / On acceptance", Decimal("0.60"), "final_acceptance", 30),
    PaymentStep("质保金 / Retention", Decimal("0.10"), "warranty_end", 30),
)
"""3-6-1: 30% on signing, 60% on acceptance, 10% after the warranty period."""


@dataclass(frozen=True)
class CompanyProfile:
    """Defaults for new deals: who we are and how we usually sell."""

    name: str = ""
    logo: str = ""
    currency: str = "CNY"
    discount_rate: float = 0.10
    vat_rates: tuple[Decimal, ...] = DEFAULT_VAT_RATES
    payment_plan: tuple[PaymentStep, ...] = field(default=DEFAULT_PAYMENT_PLAN)


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"


class AppSettings:
    """Typed access to the application's QSettings (every read has a sane default)."""

    def __init__(self, path: Path | None = None) -> None:
        self._settings = QSettings(str(path or settings_file()), QSettings.Format.IniFormat)

    def qsettings(self) -> QSettings:
        return self._settings

    def sync(self) -> None:
        self._settings.sync()

    def _get(self, key: str, default: Any) -> Any:
        value = self._settings.value(key, default)
        return default if value is None else value

    # --- interface ------------------------------------------------------------------------

    def ui_language(self) -> str:
        """``system``, ``zh_CN`` or ``en``."""
        value = str(self._get("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    def set_ui_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown interface language {language!r}")
        self._settings.setValue("ui/language", language)

    def theme(self) -> str:
        value = str(self._get("ui/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._settings.setValue("ui/theme", theme)

    def autosave_seconds(self) -> int:
        """How often a recovery copy of unsaved work is written (10..3600 s)."""
        try:
            value = int(self._get("autosave/interval_seconds", DEFAULT_AUTOSAVE_SECONDS))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS
        return min(max(value, 10), 3600)

    def set_autosave_seconds(self, seconds: int) -> None:
        self._settings.setValue("autosave/interval_seconds", int(min(max(seconds, 10), 3600)))

    # --- folders --------------------------------------------------------------------------

    def template_folder(self) -> str:
        return str(self._get("paths/template_folder", ""))

    def set_template_folder(self, folder: str) -> None:
        self._settings.setValue("paths/template_folder", folder)

    def library_location(self) -> str:
        return str(self._get("paths/library_location", ""))

    def set_library_location(self, location: str) -> None:
        self._settings.setValue("paths/library_location", location)

    def last_folder(self) -> str:
        return str(self._get("paths/last_folder", ""))

    def set_last_folder(self, folder: str) -> None:
        self._settings.setValue("paths/last_folder", folder)

    # --- company profile -----------------------------------------------------------------------

    def company(self) -> CompanyProfile:
        rates = []
        for part in str(self._get("company/vat_rates", "0.13,0.09,0.06")).split(","):
            try:
                rates.append(Decimal(part.strip()))
            except InvalidOperation:
                continue
        try:
            discount = float(self._get("company/discount_rate", 0.10))
        except (TypeError, ValueError):
            discount = 0.10
        return CompanyProfile(
            name=str(self._get("company/name", "")),
            logo=str(self._get("company/logo", "")),
            currency=str(self._get("company/currency", "CNY")) or "CNY",
            discount_rate=discount,
            vat_rates=tuple(r for r in rates if Decimal(0) <= r <= Decimal("0.5"))
            or DEFAULT_VAT_RATES,
            payment_plan=self._payment_plan(),
        )

    def _payment_plan(self) -> tuple[PaymentStep, ...]:
        raw = self._get("company/payment_plan", "")
        if not raw:
            return DEFAULT_PAYMENT_PLAN
        try:
            steps = tuple(
                PaymentStep(
                    str(s["label"]),
                    Decimal(str(s["percent"])),
                    str(s.get("trigger", "signing")),
                    int(s.get("offset_days", 0)),
                )
                for s in json.loads(str(raw))
            )
        except (ValueError, KeyError, TypeError, InvalidOperation):
            return DEFAULT_PAYMENT_PLAN
        return steps

    def set_company(self, profile: CompanyProfile) -> None:
        s = self._settings
        s.setValue("company/name", profile.name)
        s.setValue("company/logo", profile.logo)
        s.setValue("company/currency", profile.currency)
        s.setValue("company/discount_rate", float(profile.discount_rate))
        s.setValue("company/vat_rates", ",".join(format(r, "f") for r in profile.vat_rates))
        s.setValue(
            "company/payment_plan",
            json.dumps(
                [
                    {
                        "label": p.label,
                        "percent": format(p.percent, "f"),
                        "trigger": p.trigger,
                        "offset_days": p.offset_days,
                    }
                    for p in profile.payment_plan
                ],
                ensure_ascii=False,
            ),
        )

    # --- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self._get("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value][:MAX_RECENT]

    def add_recent_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != text]
        self._settings.setValue("recent/files", [text, *files][:MAX_RECENT])

    def remove_recent_file(self, path: Path | str) -> None:
        text = str(path)
        self._settings.setValue("recent/files", [f for f in self.recent_files() if f != text])

    def clear_recent_files(self) -> None:
        self._settings.setValue("recent/files", [])

    # --- window -------------------------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
