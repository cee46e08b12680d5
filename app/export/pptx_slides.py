"""The layout of each slide of the meeting deck (from :class:`app.export.pptx_content.Slide`).

Shapes that tests look at are named: ``title``, ``subtitle``, ``kf:<key>`` (a key
figure's value), ``chart:<key>`` (a native chart), ``table:<key>``.
"""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches, Pt

from app.export.pptx_charts import add_cash_flow, add_radar, add_tco_bars, radar_colours
from app.export.pptx_content import Deck, Slide
from app.export.pptx_style import (
    CONTENT_TOP,
    CONTENT_WIDTH,
    MARGIN,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    rectangle,
    rule,
    slide_chrome,
    style_font,
    table,
    text_box,
)


def text_width_em(text: str) -> float:
    """Approximate width of ``text`` in ems (CJK 1, digits and Latin about 0.56)."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.3 if ch in ".,:;!|il'" else 0.58 for ch in text)


def fit_size(text: str, width_in: float, largest: float, smallest: float = 12) -> float:
    """The largest point size (down to ``smallest``) at which ``text`` fits on one line."""
    em = max(text_width_em(text), 0.1)
    return max(smallest, min(largest, width_in * 72 / em * 0.95))


def title_size(text: str, width_in: float, largest: float = 40, smallest: float = 24) -> float:
    """One line when it fits at 30 pt or more, otherwise two lines of about equal length."""
    one_line = fit_size(text, width_in, largest, 1)
    if one_line >= 30:
        return one_line
    return max(smallest, min(largest, fit_size(text, width_in * 2 / 1.2, largest, 1)))


def draw_slide(presentation, deck: Deck, slide: Slide, number: int, count: int):
    """Add ``slide`` to ``presentation`` with its layout, chrome and speaker notes."""
    page = presentation.slides.add_slide(presentation.slide_layouts[6])  # blank
    language = deck.language
    if slide.key in ("title", "closing"):
        (_title_slide if slide.key == "title" else _closing_slide)(page, deck, slide)
    else:
        slide_chrome(page, slide.title, slide.subtitle, deck.footer, number, count, language)
        LAYOUTS[slide.key](page, slide, language)
    _notes(page, slide, language)
    return page


def _notes(page, slide: Slide, language: str) -> None:
    frame = page.notes_slide.notes_text_frame
    frame.clear()
    for index, point in enumerate(slide.notes):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = f"• {point}"
        style_font(run.font, run._r.get_or_add_rPr(), size=12, language=language)


def _title_slide(page, deck: Deck, slide: Slide) -> None:
    language, body = deck.language, slide.body
    rectangle(page, 0, 0, SLIDE_WIDTH, SLIDE_HEIGHT, "primary", name="background")
    rectangle(page, 0, SLIDE_HEIGHT - Inches(0.12), SLIDE_WIDTH, Inches(0.12), "accent",
              name="band")
    text_box(page, MARGIN + Inches(0.2), Inches(1.0), Inches(11), Inches(0.5),
             [{"text": body["prepared_for"], "size": 18, "colour": "on_dark"}], language,
             name="client")
    rectangle(page, MARGIN + Inches(0.2), Inches(2.05), Inches(0.7), Inches(0.07), "accent",
              name="accent")
    size = title_size(slide.title, 11.0)
    text_box(page, MARGIN + Inches(0.2), Inches(2.3), Inches(11.2), Inches(2.4),
             [{"text": slide.title, "size": size, "colour": "white", "bold": True,
               "line": 1.05}], language, name="title")
    lines = [{"text": body["our_company"], "size": 20, "colour": "white", "bold": True}]
    detail = "  ·  ".join(part for part in (body["date"], body["quote_label"]) if part)
    lines.append({"text": detail, "size": 15, "colour": "on_dark", "space": 6})
    text_box(page, MARGIN + Inches(0.2), Inches(5.35), Inches(11), Inches(1.2), lines, language,
             name="byline", anchor=MSO_ANCHOR.BOTTOM)


def _closing_slide(page, deck: Deck, slide: Slide) -> None:
    language, body = deck.language, slide.body
    rectangle(page, 0, 0, SLIDE_WIDTH, SLIDE_HEIGHT, "primary", name="background")
    rectangle(page, 0, SLIDE_HEIGHT - Inches(0.12), SLIDE_WIDTH, Inches(0.12), "accent",
              name="band")
    rectangle(page, MARGIN + Inches(0.2), Inches(2.05), Inches(0.7), Inches(0.07), "accent",
              name="accent")
    text_box(page, MARGIN + Inches(0.2), Inches(2.3), Inches(11), Inches(1.1),
             [{"text": slide.title, "size": 44, "colour": "white", "bold": True}], language,
             name="title")
    text_box(page, MARGIN + Inches(0.2), Inches(3.35), Inches(11), Inches(0.6),
             [{"text": slide.subtitle, "size": 20, "colour": "on_dark"}], language,
             name="subtitle")
    if body["contact"]:
        lines = [{"text": body["contact_label"], "size": 13, "colour": "on_dark", "bold": True}]
        lines += [{"text": line, "size": 16, "colour": "white", "space": 4}
                  for line in body["contact"]]
        text_box(page, MARGIN + Inches(0.2), Inches(4.5), Inches(8), Inches(2.2), lines,
                 language, name="contact")


def _key_figures(page, slide: Slide, language: str) -> None:
    tiles = slide.body["tiles"]
    columns, gap = 3, Inches(0.45)
    width = (CONTENT_WIDTH - gap * (columns - 1)) / columns
    size = min(fit_size(tile.text, width / 914400, 44, 24) for tile in tiles)
    height = Inches(2.25)
    for index, tile in enumerate(tiles):
        row, column = divmod(index, columns)
        x = MARGIN + column * (width + gap)
        y = CONTENT_TOP + Inches(0.15) + row * (height + Inches(0.3))
        rule(page, x, y, width, "primary", 2.0)
        text_box(page, x, y + Inches(0.15), width, Inches(0.45),
                 [{"text": tile.label, "size": 16, "colour": "muted"}], language,
                 name=f"label:{tile.key}")
        text_box(page, x, y + Inches(0.6), width, Inches(0.95),
                 [{"text": tile.text, "size": size, "colour": "primary", "bold": True}], language,
                 name=f"kf:{tile.key}", anchor=MSO_ANCHOR.MIDDLE)
        if tile.detail:
            text_box(page, x, y + Inches(1.6), width, Inches(0.45),
                     [{"text": tile.detail, "size": 15, "colour": "muted"}], language,
                     name=f"detail:{tile.key}")


def _radar(page, slide: Slide, language: str) -> None:
    body = slide.body
    add_radar(page, MARGIN - Inches(0.1), CONTENT_TOP - Inches(0.05), Inches(7.9), Inches(5.15),
              body["criteria"], body["series"], language)
    # legend as a ranking panel: colour, name and weighted total, best first
    x, width = Inches(8.55), SLIDE_WIDTH - Inches(8.55) - MARGIN
    order = sorted(range(len(body["series"])), key=lambda i: -body["total_values"][i])
    colours = radar_colours(body["series"])
    text_box(page, x, CONTENT_TOP + Inches(0.1), width, Inches(0.4),
             [{"text": body["ranking_head"], "size": 14, "colour": "muted"}], language, name="legend-head")
    y = CONTENT_TOP + Inches(0.6)
    for index in order:
        name, _values, ours = body["series"][index]
        rule(page, x, y, width, "grid")
        rectangle(page, x, y + Inches(0.27), Inches(0.4), Inches(0.07 if ours else 0.04),
                  colours[index], name=f"swatch:{index}")
        text_box(page, x + Inches(0.55), y + Inches(0.08), width - Inches(1.45), Inches(0.5),
                 [{"text": name, "size": 14, "colour": "primary" if ours else "ink",
                   "bold": ours}], language, name=f"legend:{index}")
        text_box(page, x + width - Inches(0.85), y + Inches(0.08), Inches(0.85), Inches(0.45),
                 [{"text": body["totals"][index], "size": 16, "colour": "primary" if ours else "ink",
                   "bold": ours, "align": PP_ALIGN.RIGHT}], language, name=f"total:{index}")
        y += Inches(0.78)


def _scores(page, slide: Slide, language: str) -> None:
    body = slide.body
    header = [*body["header"], *body["options"]]
    rows = [header]
    rows += [[name, weight, *scores] for name, weight, scores in body["rows"]]
    rows.append([body["total_label"], "100%", *body["totals"]])
    rows.append([body["rank_label"], "", *body["ranks"]])
    ours = body["ours"]
    count = len(body["options"])
    size = 14 if count <= 4 else 13
    table(page, MARGIN, CONTENT_TOP + Inches(0.05), CONTENT_WIDTH, rows, language,
          widths=[2.6, 0.9, *([1.55] * count)], name="table:scores", size=size,
          row_height=0.4, highlight_column=None if ours is None else 2 + ours,
          bold_rows=(len(rows) - 2,), tinted_rows=(len(rows) - 2, len(rows) - 1))


def _cash_flow(page, slide: Slide, language: str) -> None:
    body = slide.body
    add_cash_flow(page, MARGIN - Inches(0.1), CONTENT_TOP, Inches(7.7), Inches(5.05), body,
                  language)
    rows = [list(body["table_header"]), *[list(row) for row in body["table"]]]
    x = Inches(8.45)
    table(page, x, CONTENT_TOP + Inches(0.2), SLIDE_WIDTH - x - MARGIN, rows, language,
          widths=[1.0, 1.5, 1.5], name="table:cash_flow", size=12, row_height=0.45)


def _tco(page, slide: Slide, language: str) -> None:
    bars = slide.body["bars"]
    height = min(Inches(5.0), Inches(0.85) * len(bars) + Inches(0.6))
    add_tco_bars(page, MARGIN - Inches(0.1), CONTENT_TOP + Inches(0.1), CONTENT_WIDTH + Inches(0.1),
                 height, bars, language)


def _coverage(page, slide: Slide, language: str) -> None:
    body = slide.body
    rows = [list(body["header"]), *[list(row) for row in body["rows"]]]
    table(page, MARGIN, CONTENT_TOP + Inches(0.1), Inches(7.9), rows, language,
          widths=[2.4, 1.1, 1.2, 1.4, 1.3], name="table:coverage", size=15, row_height=0.6)
    x = Inches(9.3)
    width = SLIDE_WIDTH - x - MARGIN
    for offset, (label, text, key) in enumerate(((body["p0_label"], body["p0_text"], "p0"),
                                                 (body["all_label"], body["all_text"], "all"))):
        y = CONTENT_TOP + Inches(0.1) + offset * Inches(2.3)
        rule(page, x, y, width, "primary", 2.0)
        text_box(page, x, y + Inches(0.15), width, Inches(0.45),
                 [{"text": label, "size": 16, "colour": "muted"}], language, name=f"label:{key}")
        text_box(page, x, y + Inches(0.6), width, Inches(1.0),
                 [{"text": text, "size": 48, "colour": "primary", "bold": True}], language,
                 name=f"big:{key}")


def _scenarios(page, slide: Slide, language: str) -> None:
    body = slide.body
    rows = [list(body["header"]), *[list(row) for row in body["rows"]]]
    base = body["base"]
    table(page, MARGIN, CONTENT_TOP + Inches(0.1), CONTENT_WIDTH, rows, language,
          widths=[2.6, 2.2, 1.6, 1.6, 1.7], name="table:scenarios", size=18, row_height=0.8,
          tinted_rows=() if base is None else (base + 1,),
          bold_rows=() if base is None else (base + 1,))
    text_box(page, MARGIN, CONTENT_TOP + Inches(0.4) + Inches(0.8) * len(rows), CONTENT_WIDTH,
             Inches(0.4), [{"text": body["caption"], "size": 14, "colour": "muted"}], language,
             name="caption")


LAYOUTS = {"key_figures": _key_figures, "radar": _radar, "scores": _scores,
           "cash_flow": _cash_flow, "tco": _tco, "coverage": _coverage,
           "scenarios": _scenarios}

__all__ = ["Pt", "draw_slide", "fit_size", "text_width_em"]
