"""The main window: title, navigation, key figures, menus and shortcuts, docks, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFontInfo,
    QKeySequence,
    QRawFont,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMessageBox

from app.fonts import CJK_FAMILY
from app.ui.main_window import PAGE_NAMES, MainWindow
from app.ui.models.needs_model import PRIORITY_COLOUR_ROLE, PRIORITY_COLOURS, NeedsModel
from app.ui.views.placeholder_page import PlaceholderPage
from app.ui.widgets.key_figures_strip import FIGURE_KEYS, KeyFiguresStrip
from app.ui.widgets.priority_chip_delegate import PriorityChipDelegate


def test_title_names_the_file_the_deal_and_the_modified_marker(window, qtbot):
    assert window.windowTitle() == "mes.deal[*] · 恒驰汽车 MES 数字化工厂方案 — Presales Studio"
    assert not window.isWindowModified()
    window.document().set_field("meta.client.industry", "汽车")
    assert window.isWindowModified()
    window.document().undo_stack().undo()
    assert not window.isWindowModified()
    window.set_document(None)
    assert window.windowTitle() == "Presales Studio"


def test_untitled_and_read_only_titles(make_window, zh_deal, deal_file):
    main = make_window()
    main.set_deal(zh_deal)
    assert main.windowTitle() == "恒驰汽车 MES 数字化工厂方案[*] — Presales Studio"
    main.open_deal(deal_file, read_only=True)
    assert main.windowTitle().endswith("(read-only) — Presales Studio")


def test_empty_window(make_window):
    main = make_window()
    assert main.deal() is None and main.document() is None
    assert main.deal_page().field_text("client") == ""
    assert not main.deal_page().editor("client").isEnabled()
    assert main.needs_page().needs_model().rowCount() == 0
    assert [main.key_figures().figure_text(k) for k in FIGURE_KEYS] == ["—"] * len(FIGURE_KEYS)
    for name in ("save", "save_as", "export", "close", "revisions", "freeze"):
        assert not main.findChild(QAction, f"action_{name}").isEnabled(), name
    assert main.findChild(QAction, "action_new").isEnabled()


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
    assert all(not nav.item(row).icon().isNull() for row in range(nav.count()))
    window.show()
    qtbot.waitExposed(window)
    item = nav.item(PAGE_NAMES.index("needs"))
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert window.current_page() == "needs"
    assert window.page("needs").isVisible() and not window.page("deal").isVisible()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_show_page_by_name_and_by_shortcut(window, name):
    window.show_page(name)
    assert window.current_page() == name
    assert window.navigation().currentRow() == PAGE_NAMES.index(name)
    window.show_page("deal" if name != "deal" else "needs")
    action = window.findChild(QAction, f"action_page_{name}")
    assert action.shortcut() == QKeySequence(f"Ctrl+{PAGE_NAMES.index(name) + 1}")
    action.trigger()
    assert window.current_page() == name


def test_editing_pages_are_built_for_the_open_deal(window):
    from app.ui.views.document_page_host import DocumentPageHost

    for name in ("configurator", "delivery", "business-case", "competition", "proposal"):
        page = window.page(name)
        assert isinstance(page, DocumentPageHost)
        assert (page.page() is None) == (window.document() is None)


def test_presentation_page_is_built_not_a_placeholder(window):
    from app.ui.views.presentation.presentation_page import PresentationPage

    page = window.page("presentation")
    assert isinstance(page, PresentationPage) and not isinstance(page, PlaceholderPage)
    assert page.button() is not None and page.deck() is not None


def test_unknown_page_raises_with_the_valid_names(window):
    with pytest.raises(ValueError, match="valid pages: deal, needs, configurator"):
        window.show_page("pricing")


def test_menus_and_standard_shortcuts(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    expected = {
        "new": QKeySequence.StandardKey.New,
        "open": QKeySequence.StandardKey.Open,
        "save": QKeySequence.StandardKey.Save,
        "close": QKeySequence.StandardKey.Close,
        "undo": QKeySequence.StandardKey.Undo,
        "redo": QKeySequence.StandardKey.Redo,
    }
    for name, key in expected.items():
        action = window.findChild(QAction, f"action_{name}")
        assert action is not None, name
        assert action.shortcuts() == QKeySequence.keyBindings(key), name
    for name, shortcut in {
        "save_as": "Ctrl+Shift+S",
        "export": "Ctrl+E",
        "presentation": "F5",
        "quit": "Ctrl+Q",
        "revisions": "Ctrl+Shift+R",
        "problems": "Ctrl+Shift+P",
    }.items():
        assert window.findChild(QAction, f"action_{name}").shortcut() == QKeySequence(shortcut)
    assert not window.findChild(QAction, "action_preferences").shortcut().isEmpty()
    for name in ("about", "about_qt", "revert", "freeze", "compare"):
        assert window.findChild(QAction, f"action_{name}") is not None
    file_menu = window.menuBar().actions()[0].menu()
    assert "Open &Recent" in [a.text() for a in file_menu.actions()]
    toolbar = window.actions().toolbar
    assert {a.objectName() for a in toolbar.actions()} >= {
        "action_new",
        "action_open",
        "action_save",
        "action_undo",
        "action_redo",
        "action_export",
        "action_presentation",
        "action_problems",
    }


def test_undo_action_names_the_step(window):
    undo = window.findChild(QAction, "action_undo")
    assert not undo.isEnabled()
    window.document().set_field("needs[N02].priority", "P0")
    assert undo.isEnabled()
    assert undo.text() == "&Undo Change priority of need N02"
    undo.trigger()
    assert window.deal().needs[1].priority == "P1"
    assert window.findChild(QAction, "action_redo").text() == "&Redo Change priority of need N02"


def test_history_view_lists_the_steps(window):
    window.document().set_field("meta.client.industry", "汽车制造")
    window.document().set_field("needs[N03].status", "confirmed")
    view = window.undo_view()
    texts = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert texts == ["<opened>", "Change client industry", "Change status of need N03"]
    assert window.findChild(QAction, "action_undo") is not None
    assert window.history_dock().toggleViewAction() in window.actions().panels_menu.actions()


def test_key_figures_are_live(window):
    strip = window.key_figures()
    assert isinstance(strip, KeyFiguresStrip)
    assert strip.figure_text("problems") != "—"
    before = strip.figure_text("p0_coverage")
    assert before == "0%"  # N01 needs a module the (empty) quote does not have
    window.document().set_field("needs[N01].priority", "P2")
    window.document().recompute_now()
    assert strip.figure_text("p0_coverage") == "—"  # no P0 need left
    window.document().undo_stack().undo()
    window.document().recompute_now()
    assert strip.figure_text("p0_coverage") == before


def test_key_figures_strip_is_fed_formatted_text(qtbot):
    strip = KeyFiguresStrip()
    qtbot.addWidget(strip)
    assert [strip.figure_text(k) for k in FIGURE_KEYS] == ["—"] * len(FIGURE_KEYS)
    strip.set_figures({"total_incl_tax": "¥4,862,300.00", "roi": "182.5%"})
    assert strip.figure_text("roi") == "182.5%" and strip.figure_text("npv") == "—"
    strip.set_pending()
    assert strip.figure_text("roi") == "…"
    with pytest.raises(KeyError, match="valid keys: total_incl_tax"):
        strip.set_figures({"margin": "30%"})
    strip.set_figures({"problems": "2 / 1"})
    assert "color: #" in strip.problems_button().styleSheet()


def test_figures_wait_for_the_engine_after_the_first_paint(make_window, deal_file, qtbot):
    main = make_window()
    main._engine_ready = False  # as at start-up, before the engine is imported
    main.open_deal(deal_file)
    assert main.key_figures().figure_text("total_incl_tax") == "…"
    with qtbot.waitSignal(main.document().results_changed, timeout=10_000):
        main.show()
    assert main.key_figures().figure_text("total_incl_tax").startswith("¥")


def test_problems_figure_opens_the_problems_panel(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    dock = window.problems_dock()
    assert not dock.isVisible()
    qtbot.mouseClick(window.key_figures().problems_button(), Qt.MouseButton.LeftButton)
    assert dock.isVisible()
    assert dock.model().rowCount() == len(window.document().results().problems)


def test_panels_are_built_after_the_first_paint(make_window, deal_file, qtbot):
    main = make_window()
    main.open_deal(deal_file)
    assert main.findChildren(QDockWidget) == []  # nothing hidden is built before the first paint
    main.show()
    qtbot.waitUntil(lambda: len(main.findChildren(QDockWidget)) == 2)
    problems, history = main.problems_dock(), main.history_dock()
    assert not problems.isVisible() and not history.isVisible()
    assert main.dockWidgetArea(problems) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert main.dockWidgetArea(history) == Qt.DockWidgetArea.RightDockWidgetArea
    assert problems.model().rowCount() == len(main.document().results().problems) > 0
    panels = main.actions().panels_menu.actions()
    assert panels == [
        problems.toggleViewAction(),
        history.toggleViewAction(),
        main.actions().toolbar.toggleViewAction(),
    ]


def test_panels_built_late_come_back_where_they_were(make_window, settings, qtbot):
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    history = first.history_dock()
    first.removeDockWidget(history)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, history)
    history.show()
    first.close()  # saves the layout in the settings
    again = make_window()
    assert again.findChildren(QDockWidget) == []  # the saved layout waits for the panels
    again.show()
    qtbot.waitUntil(lambda: len(again.findChildren(QDockWidget)) == 2)
    assert again.dockWidgetArea(again.history_dock()) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.history_dock().isVisible()
    assert not again.problems_dock().isVisible()


def test_needs_table_shows_priority_chips(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.show_page("needs")
    page = window.needs_page()
    model = page.needs_model()
    colours = [
        model.index(r, NeedsModel.PRIORITY_COLUMN).data(PRIORITY_COLOUR_ROLE).name()
        for r in range(4)
    ]
    assert colours == ["#d32f2f", "#ef6c00", "#1976d2", "#757575"]
    table = page.table_view()
    assert isinstance(table.itemDelegateForColumn(NeedsModel.PRIORITY_COLUMN), PriorityChipDelegate)
    image = table.viewport().grab().toImage()
    found = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    for colour in PRIORITY_COLOURS.values():
        assert colour in found


def test_chinese_text_renders_with_the_bundled_family(qtbot, ui_fonts):
    text = "恒驰汽车零部件数字化工厂（MES）方案建议书"
    label = QLabel(text)
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == CJK_FAMILY
    raw = QRawFont.fromFont(label.font())
    assert all(raw.supportsCharacter(ord(ch)) for ch in text + "¥—“”，。（）")


def test_window_widgets_use_the_bundled_family(window):
    assert QFontInfo(window.deal_page().font()).family() == CJK_FAMILY
    assert QFontInfo(window.needs_page().table_view().font()).family() == CJK_FAMILY


def test_about_box_names_the_font_licence(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *args: shown.append(args)))
    window.findChild(QAction, "action_about").trigger()
    assert "Open Font License" in shown[0][2]


def test_quit_closes_a_saved_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.findChild(QAction, "action_quit").trigger()
    assert not window.isVisible()


def _drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_drag_and_drop_opens_a_deal(make_window, deal_file, qtbot, tmp_path):
    main = make_window()
    assert _drop(main, deal_file) == (True, True)
    qtbot.waitUntil(lambda: main.deal_path() == deal_file)
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    assert _drop(main, other) == (False, False)


def test_open_deal_reads_json_too(make_window, tmp_path, zh_deal):
    from app.document.codec import deal_to_json

    path = tmp_path / "deal.json"
    path.write_text(deal_to_json(zh_deal), encoding="utf-8")
    main = make_window()
    main.open_deal(path)
    assert main.deal() == zh_deal and main.deal_path() == Path(path)
    assert main.document().lock() is None  # .json files are never written, so never locked
    assert not main.document().can_save_in_place()


def test_document_changed_is_emitted(window, qtbot):
    with qtbot.waitSignal(window.document_changed, timeout=1000):
        window.set_document(None)


def test_priority_colours_are_distinct():
    assert len({QColor(c).name() for c in PRIORITY_COLOURS.values()}) == 4
