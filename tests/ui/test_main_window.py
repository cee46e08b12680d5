"""The main window: title, navigation, the Deal and Needs pages, key figures, menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFontInfo, QKeySequence, QRawFont
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.fonts import CJK_FAMILY
from app.ui.main_window import PAGE_NAMES, MainWindow
from app.ui.models.needs_model import PRIORITY_COLOUR_ROLE, PRIORITY_COLOURS, NeedsModel
from app.ui.models.stakeholders_model import StakeholdersModel
from app.ui.views.placeholder_page import PlaceholderPage
from app.ui.widgets.key_figures_strip import FIGURE_KEYS, KeyFiguresStrip
from app.ui.widgets.priority_chip_delegate import PriorityChipDelegate


def test_title_names_the_deal(window):
    assert window.windowTitle() == "恒驰汽车 MES 数字化工厂方案 — Presales Studio"
    window.set_deal(None)
    assert window.windowTitle() == "Presales Studio"


def test_deal_page_shows_the_header_read_only(window, zh_deal):
    page = window.deal_page()
    assert window.current_page() == "deal"
    assert page.field_text("title") == zh_deal.meta.title
    assert page.field_text("client") == "江苏恒驰汽车零部件有限公司"
    assert page.field_text("industry") == "汽车零部件"
    assert page.field_text("our_company") == "上海启衡工业软件有限公司"
    assert page.field_text("engineer") == "陈思远 · 高级解决方案经理"
    assert page.field_text("language") == "Chinese (Simplified)"
    assert page.field_text("currency") == "CNY"
    assert "含税" in page.field_text("tax_mode")
    assert page.field_text("quote_number") == "PS-2026-001"
    assert page.field_text("validity_date") == "2027年1月25日"
    model = page.stakeholders_model()
    assert model.rowCount() == 3
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == [
        "周建国",
        "总经理",
        "Executive",
        "Decision maker",
        "项目分期见效，不影响现有订单交付。",
    ]


def test_empty_window_shows_dashes(qtbot, ui_fonts):
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.deal() is None
    assert main.deal_page().field_text("client") == "—"
    assert main.needs_page().needs_model().rowCount() == 0


def test_navigation_lists_the_pages_and_switches(window, qtbot):
    nav = window.navigation()
    labels = [nav.item(row).text() for row in range(nav.count())]
    assert labels == [
        "Deal",
        "Needs",
        "Configurator",
        "Delivery & terms",
        "Business case",
        "Competition",
        "Proposal",
        "Presentation",
    ]
    window.show()
    qtbot.waitExposed(window)
    item = nav.item(PAGE_NAMES.index("needs"))
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert window.current_page() == "needs"
    assert window.page("needs").isVisible() and not window.page("deal").isVisible()
    nav.setCurrentRow(PAGE_NAMES.index("proposal"))
    assert window.current_page() == "proposal"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_show_page_by_name(window, name):
    window.show_page(name)
    assert window.current_page() == name
    assert window.navigation().currentRow() == PAGE_NAMES.index(name)


def test_placeholder_pages_say_what_they_will_hold(window):
    for name in (
        "configurator",
        "delivery",
        "business-case",
        "competition",
        "proposal",
        "presentation",
    ):
        page = window.page(name)
        assert isinstance(page, PlaceholderPage)
        text = page.description()
        assert len(text) > 60 and "todo" not in text.lower()


def test_unknown_page_raises_with_the_valid_names(window):
    with pytest.raises(ValueError, match="valid pages: deal, needs, configurator"):
        window.show_page("pricing")


def test_needs_table_shows_needs_with_priority_chips(window):
    page = window.needs_page()
    model = page.needs_model()
    assert model.rowCount() == 4
    rows = [
        (
            model.index(r, NeedsModel.ID_COLUMN).data(),
            model.index(r, NeedsModel.PRIORITY_COLUMN).data(),
        )
        for r in range(4)
    ]
    assert rows == [("N01", "P0"), ("N02", "P1"), ("N03", "P2"), ("N04", "P3")]
    colours = [
        model.index(r, NeedsModel.PRIORITY_COLUMN).data(PRIORITY_COLOUR_ROLE).name()
        for r in range(4)
    ]
    assert colours == [PRIORITY_COLOURS[p] for p in ("P0", "P1", "P2", "P3")]
    assert colours == ["#d32f2f", "#ef6c00", "#1976d2", "#757575"]
    assert (
        model.index(0, NeedsModel.TEXT_COLUMN).data() == "工序报工在工位实时完成，取消纸质流转卡。"
    )
    assert model.index(0, NeedsModel.STATUS_COLUMN).data() == "Signed off"
    assert model.index(1, NeedsModel.FUNCTION_COLUMN).data() == "Technical"
    assert (
        model.index(0, NeedsModel.PRIORITY_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
        == "P0 — must have"
    )
    assert model.index(0, NeedsModel.TEXT_COLUMN).data(PRIORITY_COLOUR_ROLE) is None
    table = page.table_view()
    assert isinstance(table.itemDelegateForColumn(NeedsModel.PRIORITY_COLUMN), PriorityChipDelegate)
    assert page.findChild(QLabel, "needs_summary").text() == "4 needs: 1 P0, 1 P1, 1 P2, 1 P3"


def test_priority_chips_are_painted_in_their_colours(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.show_page("needs")
    table = window.needs_page().table_view()
    image = table.viewport().grab().toImage()
    found = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    for colour in PRIORITY_COLOURS.values():
        assert colour in found


@pytest.mark.parametrize("model_class", [NeedsModel, StakeholdersModel])
def test_models_pass_the_model_tester(qtmodeltester, zh_deal, model_class):
    model = model_class()
    if model_class is NeedsModel:
        model.set_needs(zh_deal.needs)
    else:
        model.set_stakeholders(zh_deal.stakeholders)
    qtmodeltester.check(model, force_py=True)


def test_key_figures_show_dashes_until_fed(window):
    strip = window.key_figures()
    assert isinstance(strip, KeyFiguresStrip)
    assert [strip.figure_text(k) for k in FIGURE_KEYS] == ["—"] * len(FIGURE_KEYS)
    strip.set_figures({"total_incl_tax": "¥4,862,300.00", "roi": "182.5%", "payback": "14.2个月"})
    assert strip.figure_text("total_incl_tax") == "¥4,862,300.00"
    assert strip.figure_text("roi") == "182.5%"
    assert strip.figure_text("payback") == "14.2个月"
    assert strip.figure_text("npv") == "—"
    strip.set_figures({"npv": "¥1,020,000"})
    assert strip.figure_text("roi") == "—" and strip.figure_text("npv") == "¥1,020,000"
    with pytest.raises(KeyError, match="valid keys: total_incl_tax"):
        strip.set_figures({"margin": "30%"})
    window.set_deal(None)
    assert strip.figure_text("npv") == "—"


def test_chinese_text_renders_with_the_bundled_family(qtbot, ui_fonts):
    text = "恒驰汽车零部件数字化工厂（MES）方案建议书"
    label = QLabel(text)
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == CJK_FAMILY
    raw = QRawFont.fromFont(label.font())
    assert raw.familyName() == CJK_FAMILY
    assert all(raw.supportsCharacter(ord(ch)) for ch in text + "¥—“”，。（）")
    bold = label.font()
    bold.setBold(True)
    assert QRawFont.fromFont(bold).styleName() == "Bold"


def test_window_widgets_use_the_bundled_family(window):
    assert QFontInfo(window.deal_page().font()).family() == CJK_FAMILY
    assert QFontInfo(window.needs_page().table_view().font()).family() == CJK_FAMILY


def test_menus_open_and_quit_shortcuts(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
    open_action = window.findChild(QAction, "action_open")
    quit_action = window.findChild(QAction, "action_quit")
    assert open_action.shortcut() == QKeySequence("Ctrl+O")
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.findChild(QAction, "action_about") is not None


def test_file_open_loads_the_chosen_deal(window, monkeypatch, tmp_path, zh_deal):
    from app.document.storage import create_deal_file

    zh_deal.meta.title = "第二个项目"
    other = tmp_path / "other.deal"
    create_deal_file(other, zh_deal)
    seen = {}

    def choose(parent, caption, folder, filter_):
        seen["filter"] = filter_
        return str(other), filter_

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window.findChild(QAction, "action_open").trigger()
    assert seen["filter"] == "Deals (*.deal *.json)"
    assert window.deal_path() == other
    assert window.windowTitle() == "第二个项目 — Presales Studio"


def test_file_open_reports_a_bad_file_and_keeps_the_deal(window, monkeypatch, tmp_path):
    bad = tmp_path / "broken.deal"
    bad.write_bytes(b"not a deal at all")
    before = window.deal_path()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args: (str(bad), "Deals (*.deal *.json)")),
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args)))
    window.findChild(QAction, "action_open").trigger()
    assert len(shown) == 1
    message = shown[0][2]
    assert "broken.deal" in message and "\n" not in message
    assert window.deal_path() == before


def test_cancelled_open_changes_nothing(window, monkeypatch):
    before = window.deal_path()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    window.findChild(QAction, "action_open").trigger()
    assert window.deal_path() == before


def test_about_box_names_the_font_licence(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *args: shown.append(args)))
    window.findChild(QAction, "action_about").trigger()
    assert "Open Font License" in shown[0][2]


def test_quit_closes_the_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.findChild(QAction, "action_quit").trigger()
    assert not window.isVisible()


def test_open_deal_reads_json_too(window, tmp_path, zh_deal):
    from app.document.codec import deal_to_json

    path = tmp_path / "deal.json"
    path.write_text(deal_to_json(zh_deal), encoding="utf-8")
    window.open_deal(path)
    assert window.deal() == zh_deal and window.deal_path() == Path(path)


def test_deal_changed_is_emitted(window, qtbot):
    with qtbot.waitSignal(window.deal_changed, timeout=1000):
        window.set_deal(None)


def test_priority_colours_are_distinct():
    assert len({QColor(c).name() for c in PRIORITY_COLOURS.values()}) == 4
