"""Native Excel charts of the model (they follow the cells when inputs change).

Series names and categories are always cell references, never literal user
text, so a hostile name cannot turn into a chart formula.
"""

from __future__ import annotations

from typing import Any

from app.export.xlsx_book import Book, Sheet

PALETTE = ("#1F3864", "#2E75B6", "#70AD47", "#FFC000", "#C00000", "#7030A0", "#A5A5A5",
           "#ED7D31", "#5B9BD5", "#264478", "#9E480E", "#43682B")


def chart_height(count: int) -> int:
    """Pixel height of the tornado chart for ``count`` drivers."""
    return max(300, 28 * count + 110)


def _font(book: Book, size: int = 9, bold: bool = False) -> dict[str, Any]:
    return {"name": "Microsoft YaHei" if book.zh else "Calibri", "size": size, "bold": bold}


def _base(book: Book, chart: Any, title: str, width: int = 620, height: int = 330) -> Any:
    chart.set_title({"name": title, "name_font": _font(book, 11, True), "overlay": False})
    chart.set_legend({"position": "bottom", "font": _font(book)})
    chart.set_size({"width": width, "height": height})
    chart.set_chartarea({"border": {"color": "#BFBFBF"}})
    return chart


def cumulative_chart(book: Book) -> Any:
    """Cumulative (and discounted cumulative) net cash flow over time, with the payback point."""
    cf = book.refs["cf"]
    t, n = book.t, book.n_periods
    name, header, p0 = cf.sheet.name, 4, 4
    chart = book.workbook.add_chart({"type": "scatter", "subtype": "straight_with_markers"})
    x = [name, header, p0, header, p0 + n - 1]
    for key, color, dash in (("cum", PALETTE[1], "solid"), ("dcum", PALETTE[6], "dash")):
        row = cf.rows[key]
        chart.add_series({"name": [name, row, 1], "categories": x,
                          "values": [name, row, p0, row, p0 + n - 1],
                          "line": {"color": color, "width": 2.25, "dash_type": dash},
                          "marker": {"type": "circle", "size": 5,
                                     "fill": {"color": color}, "border": {"color": color}}})
    if book.results.business_case.payback_months is not None:
        (px, py) = book.refs["payback_point"]
        case = book.sheets["case"]
        xr, yr = _cell(px), _cell(py)
        chart.add_series({"name": t["chart_payback"], "categories": [case.name, *xr, *xr],
                          "values": [case.name, *yr, *yr],
                          "line": {"none": True},
                          "marker": {"type": "diamond", "size": 11, "fill": {"color": PALETTE[4]},
                                     "border": {"color": PALETTE[4]}}})
    chart.set_x_axis({"min": 0, "max": n - 1, "major_unit": 1, "label_position": "low",
                      "num_font": _font(book), "num_format": book.period_format,
                      "major_gridlines": {"visible": False}})
    chart.set_y_axis({"num_format": "#,##0", "num_font": _font(book),
                      "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}})
    return _base(book, chart, t["chart_cumulative"])


def _cell(reference: str) -> tuple[int, int]:
    """(row, col) of a ``'Sheet'!$B$7`` reference."""
    from xlsxwriter.utility import xl_cell_to_rowcol

    return xl_cell_to_rowcol(reference.split("!")[-1].replace("$", ""))


def tco_totals_chart(book: Book, tco) -> Any:
    """Total cost of ownership per option, nominal and present value."""
    t, sheet = book.t, tco.sheet
    chart = book.workbook.add_chart({"type": "bar"})
    categories = [sheet.name, tco.summary_first, 0, tco.summary_last, 0]
    for column, color, key in ((tco.total_col, PALETTE[0], "total"), (tco.pv_col, PALETTE[1], "pv")):
        chart.add_series({"name": [sheet.name, tco.summary_first - 1, column],
                          "categories": categories,
                          "values": [sheet.name, tco.summary_first, column, tco.summary_last, column],
                          "fill": {"color": color}, "gap": 60})
    _bar_axes(book, chart)
    return _base(book, chart, t["chart_tco"])


def _bar_axes(book: Book, chart: Any) -> None:
    """Horizontal bars: categories top-down, values along the bottom."""
    chart.set_y_axis({"reverse": True, "crossing": "max", "num_font": _font(book)})
    chart.set_x_axis({"num_format": "#,##0", "num_font": _font(book),
                      "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}})


def tco_category_chart(book: Book, tco) -> Any:
    """Stacked cost by category per option (``None`` when every category is empty)."""
    t, sheet = book.t, tco.sheet
    options = tco.summary_last - tco.summary_first + 1
    chart = book.workbook.add_chart({"type": "bar", "subtype": "stacked"})
    header, p0 = tco.category_header, 3
    totals = {o.id: o for o in book.results.tco.options}
    categories = list(book.results.tco.categories)
    series = 0
    for index, (row, category) in enumerate(zip(tco.category_rows, categories, strict=True)):
        if not any(option.category_totals.get(category) for option in totals.values()):
            continue
        series += 1
        chart.add_series({"name": [sheet.name, row, 0],
                          "categories": [sheet.name, header, p0, header, p0 + options - 1],
                          "values": [sheet.name, row, p0, row, p0 + options - 1],
                          "fill": {"color": PALETTE[index % len(PALETTE)]}, "gap": 50})
    if not series:
        return None
    _bar_axes(book, chart)
    return _base(book, chart, t["chart_tco_category"], width=720, height=380)


def radar_chart(book: Book, sheet: Sheet, header: int, first: int, last: int, first_col: int,
                count: int) -> Any:
    """Scores of every option per criterion."""
    chart = book.workbook.add_chart({"type": "radar", "subtype": "with_markers"})
    for index in range(count):
        column = first_col + index
        color = PALETTE[index % len(PALETTE)]
        chart.add_series({"name": [sheet.name, header, column],
                          "categories": [sheet.name, first, 0, last, 0],
                          "values": [sheet.name, first, column, last, column],
                          "line": {"color": color, "width": 2.25 if index == 0 else 1.5},
                          "marker": {"type": "circle", "size": 5, "fill": {"color": color},
                                     "border": {"color": color}}})
    chart.set_y_axis({"min": 0, "max": 10, "major_unit": 2, "num_font": _font(book, 8)})
    chart.set_x_axis({"num_font": _font(book)})
    return _base(book, chart, book.t["chart_radar"], width=620, height=420)


def tornado_chart(book: Book, sheet: Sheet, header: int, last: int) -> Any:
    """NPV change per driver at -/+ the sensitivity change, largest swing on top."""
    chart = book.workbook.add_chart({"type": "bar"})
    for column, color in ((9, PALETTE[4]), (10, PALETTE[2])):
        chart.add_series({"name": [sheet.name, header, column],
                          "categories": [sheet.name, header + 1, 0, last, 0],
                          "values": [sheet.name, header + 1, column, last, column],
                          "fill": {"color": color}, "overlap": 100, "gap": 40})
    chart.set_y_axis({"reverse": True, "crossing": "max", "label_position": "low",
                      "num_font": _font(book)})
    chart.set_x_axis({"num_format": "#,##0", "num_font": _font(book),
                      "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}}})
    return _base(book, chart, book.t["chart_tornado"], width=760,
                 height=chart_height(last - header))
