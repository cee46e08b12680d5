"""Every command of the main window as a QAction, in menus and the tool bar, with standard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QToolBar

from app.ui.about import show_about, show_about_qt
from app.ui.icons import icon
from app.ui.labels import page_label
from app.ui.navigation import PAGE_NAMES

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class MainActions(QObject):
    """Creates the actions, menus and tool bar of ``window`` and connects them to its slots."""

    def __init__(self, window: MainWindow, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self._window = window
        lifecycle = window.lifecycle()
        std = QKeySequence.StandardKey
        self.new = self._action("new", self.tr("&New…"), std.New, lifecycle.new_deal, "new")
        self.open = self._action(
            "open", self.tr("&Open…"), std.Open, lifecycle.choose_and_open, "open"
        )
        self.save = self._action("save", self.tr("&Save"), std.Save, lifecycle.save, "save")
        self.save_as = self._action(
            "save_as", self.tr("Save &As…"), "Ctrl+Shift+S", lifecycle.save_as, "save-as"
        )
        self.revert = self._action(
            "revert", self.tr("Re&vert to Saved"), None, lifecycle.revert, "revert"
        )
        self.revisions = self._action(
            "revisions",
            self.tr("&Revisions…"),
            "Ctrl+Shift+R",
            window.revisions().show_revisions,
            "revisions",
        )
        self.freeze = self._action(
            "freeze",
            self.tr("&Freeze Revision…"),
            None,
            lambda: window.revisions().freeze(),
            "freeze",
        )
        self.compare = self._action(
            "compare",
            self.tr("Co&mpare Versions…"),
            None,
            lambda: window.revisions().compare(),
            "compare",
        )
        self.export = self._action(
            "export", self.tr("&Export…"), "Ctrl+E", window.exports().export, "export"
        )
        self.library = self._action(
            "library", self.tr("&Library…"), "Ctrl+L", self.show_library, None
        )
        self._library_dialog = None
        self.close = self._action(
            "close", self.tr("&Close"), std.Close, lifecycle.close_document, "close"
        )
        self.quit = self._action("quit", self.tr("&Quit"), "Ctrl+Q", window.close, None)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo.setObjectName("action_undo")
        self.undo.setShortcuts(std.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo.setObjectName("action_redo")
        self.redo.setShortcuts(std.Redo)
        self.redo.setIcon(icon("redo"))
        self.preferences = self._action(
            "preferences",
            self.tr("&Preferences…"),
            std.Preferences,
            window.show_preferences,
            "preferences",
        )
        if not self.preferences.shortcuts():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.pages: dict[str, QAction] = {}
        for number, name in enumerate(PAGE_NAMES, start=1):
            action = self._action(
                f"page_{name}",
                page_label(name),
                f"Ctrl+{number}",
                lambda _checked=False, n=name: window.show_page(n),
                f"page-{name}",
            )
            self.pages[name] = action
        self.problems = self._action(
            "problems", self.tr("&Problems"), "Ctrl+Shift+P", window.show_problems, "problems"
        )
        self.presentation = self._action(
            "presentation",
            self.tr("Start &Presentation"),
            "F5",
            window.start_presentation,
            "present",
        )
        self.about = self._action(
            "about", self.tr("&About Presales Studio"), None, lambda: show_about(window), "about"
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action("about_qt", self.tr("About &Qt"), None, show_about_qt, None)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _action(self, name: str, text: str, shortcut, slot, icon_name: str | None) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action_{name}")
        if icon_name:
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if action.shortcut().isEmpty():
            action.setToolTip(text.replace("&", "").rstrip("…"))
        else:
            action.setToolTip(
                f"{text.replace('&', '').rstrip('…')} "
                f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        file_menu.addActions([self.new, self.open])
        self.recent_menu: QMenu = self._window.recent_files_menu()
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.revert])
        file_menu.addSeparator()
        file_menu.addActions([self.revisions, self.freeze, self.compare])
        file_menu.addSeparator()
        file_menu.addAction(self.export)
        file_menu.addAction(self.library)
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        go_menu = view_menu.addMenu(self.tr("&Go to Page"))
        go_menu.addActions(list(self.pages.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.problems)
        self.panels_menu = view_menu.addMenu(self.tr("P&anels"))
        view_menu.addSeparator()
        view_menu.addAction(self.presentation)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addActions([self.about, self.about_qt])

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main tool bar"), self._window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.export, self.presentation, self.problems])
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def show_library(self) -> None:
        """Open (or raise) the non-modal library manager on the default library."""
        if self._library_dialog is None:
            from PySide6.QtWidgets import QMessageBox

            from app.library.errors import LibraryError
            from app.library.store import Library
            from app.ui.dialogs.library_manager_dialog import LibraryManagerDialog
            from app.ui.translations import current_language

            try:
                library = Library.open()
            except LibraryError as exc:
                QMessageBox.warning(self._window, self.tr("Library"), exc.message(current_language()))
                return
            dialog = LibraryManagerDialog(library, current_language(), self._window)
            dialog.library_changed.connect(self._library_changed)
            dialog.finished.connect(lambda _result: self._library_closed(dialog))
            self._library_dialog = dialog
        self._library_dialog.show()
        self._library_dialog.raise_()
        self._library_dialog.activateWindow()

    def library_dialog(self):
        """The open library manager, or None."""
        return self._library_dialog

    def _library_closed(self, dialog) -> None:
        if self._library_dialog is dialog:
            self._library_dialog = None
        dialog.library().close()
        dialog.deleteLater()

    def _library_changed(self) -> None:
        """Open catalogs reload their category counts and results, so an import or edit shows
        at once (their search, filters and selection stay)."""
        from app.ui.widgets.catalog_search_panel import CatalogSearchPanel

        for panel in self._window.findChildren(CatalogSearchPanel):
            panel.refresh()

    def update_states(self, document) -> None:
        """Enable what makes sense for ``document`` (a DealDocument or None)."""
        has = document is not None
        writable = has and not document.is_read_only()
        for action in (self.save_as, self.export, self.close, self.presentation, self.compare):
            action.setEnabled(has)
        self.save.setEnabled(has and (document.is_modified() or not document.can_save_in_place()))
        self.revert.setEnabled(writable and document.path() is not None and document.is_modified())
        self.revisions.setEnabled(has and document.is_deal_file())
        self.freeze.setEnabled(writable and document.is_deal_file())

    def refresh_icons(self) -> None:
        """Repaint the icons in the current palette (after a light/dark switch)."""
        names = {
            "new": "new",
            "open": "open",
            "save": "save",
            "save_as": "save-as",
            "revert": "revert",
            "revisions": "revisions",
            "freeze": "freeze",
            "compare": "compare",
            "export": "export",
            "close": "close",
            "undo": "undo",
            "redo": "redo",
            "preferences": "preferences",
            "problems": "problems",
            "presentation": "present",
            "about": "about",
        }
        for attribute, name in names.items():
            getattr(self, attribute).setIcon(icon(name))
        for page, action in self.pages.items():
            action.setIcon(icon(f"page-{page}"))
