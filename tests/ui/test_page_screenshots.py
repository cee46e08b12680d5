"""A screenshot of every page through run_gui (what --screenshot does), checked to be a real picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.paths import default_sample, sample_deals
from app.ui import application
from app.ui.application import run_gui
from app.ui.navigation import PAGE_NAMES


def _colours(image: QImage, step: int = 4) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_page_screenshots(qapp, tmp_path, page):
    png = tmp_path / f"{page}.png"
    assert run_gui(default_sample(), page=page, screenshot=png, language="zh_CN") == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == application.SCREENSHOT_SIZE
    assert png.stat().st_size > 30_000
    assert _colours(image) > 60
    # the key-figures strip is filled in (not the "…" of a deal still computing)
    strip = image.copy(0, 70, 1280, 50)
    assert _colours(strip, 2) > 20


def test_english_screenshot_of_the_english_sample(qapp, tmp_path):
    english = next(p for p in sample_deals() if p.stem.endswith("_en"))
    png = tmp_path / "needs_en.png"
    assert run_gui(english, page="needs", screenshot=png, language="en") == 0
    assert _colours(QImage(str(png))) > 60


def test_screenshots_do_not_touch_the_deal_or_the_settings(qapp, deal_file, tmp_path):
    from app.document.lock import lock_path_for
    from app.ui.settings import AppSettings

    before = deal_file.read_bytes()
    assert run_gui(deal_file, page="deal", screenshot=tmp_path / "x.png") == 0
    assert deal_file.read_bytes() == before and not lock_path_for(deal_file).exists()
    settings = AppSettings()
    assert settings.recent_files() == [] and settings.window_state() == (None, None)
