"""Fixtures for the Qt interface tests: a headless platform, the bundled fonts and a small deal."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a QApplication

import datetime as dt
from pathlib import Path

import pytest

from app.document.deal import Deal, DealMeta, Need, Party, Person, Stakeholder, new_deal
from app.document.storage import create_deal_file

DEAL_TITLE = "恒驰汽车 MES 数字化工厂方案"


@pytest.fixture
def zh_deal() -> Deal:
    """A Chinese deal with three stakeholders and one need of each priority."""
    deal = new_deal(DEAL_TITLE, language="zh_CN")
    deal.meta = DealMeta(
        title=DEAL_TITLE,
        client=Party(name="江苏恒驰汽车零部件有限公司", industry="汽车零部件"),
        our_company=Party(name="上海启衡工业软件有限公司"),
        engineer=Person(name="陈思远", title="高级解决方案经理"),
        language="zh_CN",
        currency="CNY",
        tax_mode="incl",
        quote_number="PS-2026-001",
        validity_date=dt.date(2027, 1, 25),
    )
    deal.stakeholders = [
        Stakeholder(
            id="SH1",
            name="周建国",
            title="总经理",
            function="executive",
            role="decision_maker",
            concerns="项目分期见效，不影响现有订单交付。",
        ),
        Stakeholder(
            id="SH2",
            name="刘敏",
            title="财务总监",
            function="finance",
            role="gatekeeper",
            concerns="预算上限 500 万元（含税）；关注投资回收期。",
        ),
        Stakeholder(id="SH3", name="王海涛", title="信息部经理", function="technical"),
    ]
    deal.needs = [
        Need(
            id="N01",
            text="工序报工在工位实时完成，取消纸质流转卡。",
            priority="P0",
            status="signed_off",
            capabilities=["production-tracking"],
        ),
        Need(
            id="N02",
            text="与现有 ERP 双向集成。",
            priority="P1",
            function="technical",
            stakeholder_id="SH3",
        ),
        Need(id="N03", text="设备点检、保养电子化。", priority="P2"),
        Need(
            id="N04", text="质量大数据关联分析（潜在需求）。", priority="P3", function="executive"
        ),
    ]
    return deal


@pytest.fixture
def deal_file(tmp_path: Path, zh_deal: Deal) -> Path:
    """``zh_deal`` saved as a ``.deal`` file."""
    path = tmp_path / "mes.deal"
    create_deal_file(path, zh_deal)
    return path


@pytest.fixture
def ui_fonts(qapp):
    """The QApplication with the bundled fonts registered and set as the application font."""
    from app.ui.application import install_fonts

    install_fonts(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _english_interface(request):
    """Every UI test starts and ends with the English interface and the system theme."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import apply_theme
    from app.ui.translations import install_translations

    app = QApplication.instance()
    if app is not None:
        install_translations(app, "en")
    yield
    app = QApplication.instance()
    if app is not None:
        install_translations(app, "en")
        apply_theme(app, "system")


@pytest.fixture
def settings():
    """Preferences in this test's private user data folder."""
    from app.ui.settings import AppSettings

    return AppSettings()


class UnexpectedDialog(AssertionError):
    """A test opened a modal dialog it did not answer (it would block forever)."""


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(request, monkeypatch):
    """Modal dialogs fail the test instead of waiting for a click; tests answer them by patching."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args):
        raise UnexpectedDialog(
            f"unexpected dialog {type(self).__name__} {self.objectName()!r}: {self.windowTitle()!r}"
        )

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def make_window(qtbot, ui_fonts, settings):
    """A factory of main windows (not shown) that are closed without questions after the test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui.main_window import MainWindow

    made = []

    def make() -> MainWindow:
        window = MainWindow(settings=settings)
        made.append(window)
        return window

    yield make
    from app.ui import main_window as main_window_module

    for window in made + list(main_window_module._OPEN_WINDOWS):
        try:
            document = window.document()
            if document is not None:
                document.undo_stack().setClean()
            window.set_document(None)
            window.close()
            window.deleteLater()
        except RuntimeError:  # already deleted by Qt
            continue
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window, deal_file):
    """A main window (not shown) with ``deal_file`` open and its figures computed."""
    main = make_window()
    main.open_deal(deal_file)
    main.compute_now()
    return main


@pytest.fixture
def document(qapp, zh_deal):
    """A document over ``zh_deal`` (no file), results computed."""
    from app.ui.deal_document import DealDocument

    doc = DealDocument(zh_deal)
    doc.start_computing()
    yield doc
    doc.release()
    doc.deleteLater()


def show_active(window, qtbot) -> None:
    """Show ``window`` and wait until it is the active window (keyboard focus and shortcuts need it)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


@pytest.fixture
def activate(qtbot):
    """``activate(window)``: show it and make it the active window."""
    return lambda window: show_active(window, qtbot)


PRESENTATION_SAMPLES = ["mes_rollout_zh.json", "wms_rollout_en.json"]


@pytest.fixture(params=PRESENTATION_SAMPLES)
def sample_document(request, qapp, ui_fonts):
    """Each bundled sample deal (zh and en) as a document, results computed."""
    from app.document.storage import load_deal
    from app.paths import resources_dir
    from app.ui.deal_document import DealDocument

    doc = DealDocument(load_deal(resources_dir() / "samples" / request.param))
    doc.start_computing()
    yield doc
    doc.release()
    doc.deleteLater()


@pytest.fixture
def make_presentation(qtbot):
    """``make_presentation(document, palette_key="dark")``: a presentation window, not shown
    (showing on the offscreen platform warns about size hints), sized 1280 x 800."""
    from app.ui.views.presentation_window import PresentationWindow

    def make(document, palette_key: str = "dark") -> PresentationWindow:
        show = PresentationWindow(document, palette_key=palette_key)
        qtbot.addWidget(show)
        show.resize(1280, 800)
        return show

    return make
