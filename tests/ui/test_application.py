"""run_gui: application setup, fonts, screenshots, bad pages and bad deals."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from app.fonts import CJK_FAMILY
from app.paths import default_sample
from app.ui import application
from app.ui.application import install_translations, register_qt_fonts, run_gui
from app.ui.main_window import MainWindow


def _distinct_colours(image: QImage, step: int = 3) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_screenshot_writes_a_real_picture(qapp, deal_file, tmp_path):
    png = tmp_path / "needs.png"
    assert run_gui(deal_file, page="needs", screenshot=png) == 0
    assert png.stat().st_size > 20_000
    image = QImage(str(png))
    assert (image.width(), image.height()) == application.SCREENSHOT_SIZE
    assert _distinct_colours(image) > 50
    assert qapp.applicationName() == "Presales Studio"
    assert qapp.organizationName() == "PresalesStudio"
    assert QFontInfo(qapp.font()).family() == CJK_FAMILY
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_screenshot_of_the_chinese_sample(qapp, tmp_path):
    sample = default_sample()
    assert sample.exists(), "the Chinese sample deal must be bundled (make run opens it)"
    png = tmp_path / "deal.png"
    assert run_gui(sample, screenshot=png) == 0
    assert png.stat().st_size > 20_000


def test_screenshot_without_a_deal(qapp, tmp_path):
    png = tmp_path / "empty.png"
    assert run_gui(None, page="proposal", screenshot=png) == 0
    assert QImage(str(png)).width() == application.SCREENSHOT_SIZE[0]


def test_unknown_page_raises_before_anything_opens(qapp, deal_file, tmp_path):
    png = tmp_path / "x.png"
    with pytest.raises(ValueError) as caught:
        run_gui(deal_file, page="pricing", screenshot=png)
    message = str(caught.value)
    assert "'pricing'" in message
    for name in (
        "deal",
        "needs",
        "configurator",
        "delivery",
        "business-case",
        "competition",
        "proposal",
        "presentation",
    ):
        assert name in message
    assert not png.exists()


def test_bad_deal_returns_2_when_screenshotting(qapp, tmp_path, capsys):
    bad = tmp_path / "broken.deal"
    bad.write_text("garbage", encoding="utf-8")
    png = tmp_path / "x.png"
    assert run_gui(bad, screenshot=png) == 2
    assert not png.exists()
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "broken.deal" in err


def test_unwritable_screenshot_returns_1(qapp, tmp_path, capsys):
    assert run_gui(None, screenshot=tmp_path / "missing-folder" / "x.png") == 1
    assert "could not be written" in capsys.readouterr().err


def test_gui_mode_reports_a_bad_deal_and_opens_empty(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    shown, windows = [], []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args)))

    def fake_exec(*args):
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        windows.extend((w.windowTitle(), w.deal()) for w in found)
        for w in found:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(bad) == 0
    assert len(shown) == 1 and "broken.json" in shown[0][2]
    assert windows == [("Presales Studio", None)]


def test_gui_mode_opens_the_deal(qapp, deal_file, zh_deal, monkeypatch):
    titles = []

    def fake_exec(*args):
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                titles.append((w.windowTitle(), w.current_page()))
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(deal_file, page="needs", language="en") == 0
    assert titles == [(f"mes.deal[*] · {zh_deal.meta.title} — Presales Studio", "needs")]


def test_fonts_are_registered_once(qapp):
    first = register_qt_fonts()
    second = register_qt_fonts()
    assert first == second == [CJK_FAMILY]
    assert set(QFontDatabase.styles(CJK_FAMILY)) >= {"Regular", "Bold"}
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(CJK_FAMILY)


def test_interface_languages(qapp):
    assert install_translations(qapp, "en") == "en"
    assert install_translations(qapp, "zh_CN") == "zh_CN"
    assert install_translations(qapp, "en") == "en"
    with pytest.raises(ValueError, match="unsupported interface language 'fr'"):
        install_translations(qapp, "fr")


def test_the_garbage_collector_runs_again_once_the_application_is_loaded():
    import os
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "import app.ui.application\n"
        "assert 'PySide6.QtWidgets' in sys.modules\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]  # collecting again; start-up objects frozen


def test_work_after_the_first_paint_runs_once_even_without_a_paint(make_window, qtbot):
    from app.ui.application import _after_first_paint

    calls = []
    never_shown = make_window()
    _after_first_paint(never_shown, lambda: calls.append("hidden"), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == ["hidden"], timeout=2000)

    shown = make_window()
    _after_first_paint(shown, lambda: calls.append("shown"), fallback_ms=200)
    shown.show()
    qtbot.waitUntil(lambda: "shown" in calls, timeout=2000)
    qtbot.wait(300)  # past the fallback: it must not call a second time
    assert calls == ["hidden", "shown"]
