"""Assumptions sheet: the global inputs, VAT rates, client costs and value drivers.

Every number here is an input (blue on light yellow) except the few derived
cells (applied risk adjustment, annual benefit, repeated ramp values), which
are formulas.  The cells other sheets read are recorded in ``book.refs`` and
the important ones carry defined names (``DiscountRate``, ``VatRate_13``,
``Drv_<driver>_<input>``...).
"""

from __future__ import annotations

from decimal import Decimal

from app.export.xlsx_book import Book, Sheet, name_part
from calculators.value_drivers import DRIVER_KINDS

DRIVER_INPUT_STYLES = {
    "hours_saved_per_person": "num1", "hourly_rate": "money", "people": "num1",
    "amount_per_year": "money", "base_revenue": "money", "uplift": "pct2", "margin": "pct",
    "probability": "pct", "impact": "money", "reduction": "pct",
}
COLUMNS = {0: 40, 1: 15, 2: 30, 3: 15, 4: 13, 5: 13, 6: 15, 7: 12}


def vat_name(rate: Decimal) -> str:
    """``VatRate_13`` for 13%, ``VatRate_6_5`` for 6.5%."""
    text = format((rate * 100).normalize(), "f")
    return "VatRate_" + text.replace(".", "_")


def build_assumptions(book: Book) -> None:
    sheet = book.sheets["assumptions"]
    t = book.t
    sheet.title(t["sheet_assumptions"], book.deal.meta.title)
    legend(sheet)
    row = _general(book, sheet, 4)
    row = _client_costs(book, sheet, row + 1)
    _drivers(book, sheet, row + 1)
    sheet.widths(COLUMNS)
    sheet.ws.set_column(8, 8 + book.n_periods, 12)
    sheet.widths({7 + book.n_periods: 60})
    sheet.ws.freeze_panes(3, 0)


def legend(sheet: Sheet) -> None:
    """Row 2 (0-based): the colour convention of the model."""
    t = sheet.book.t
    sheet.ws.write_string(2, 0, t["legend_input"], sheet.book.style("input"))
    sheet.ws.write_string(2, 1, t["legend_formula"], sheet.book.style("note"))


def _kv(sheet: Sheet, row: int, label: str, note: str = "") -> None:
    sheet.text(row, 0, label, "indent")
    if note:
        sheet.text(row, 2, note, "note")


def _general(book: Book, sheet: Sheet, row: int) -> int:
    t, deal, bc = book.t, book.deal, book.deal.business_case
    sheet.text(row, 0, t["general"], "h2")
    row += 1
    _kv(sheet, row, t["currency"])
    sheet.text(row, 1, book.currency, "bold")
    row += 1
    _kv(sheet, row, t["tax_mode"], t["tax_mode_note"])
    sheet.text(row, 1, t["tax_incl"] if book.include_vat else t["tax_excl"], "bold")
    row += 1
    _kv(sheet, row, t["horizon"], t["horizon_note"])
    sheet.label(row, 1, bc.horizon_years, "int", "bold")
    book.define("HorizonYears", sheet, row, 1)
    row += 2

    sheet.text(row, 0, t["quote_inputs"], "h2")
    row += 1
    _kv(sheet, row, t["deal_discount"], t["deal_discount_note"])
    sheet.input(row, 1, deal.quote.deal_discount_pct, "pct")
    book.refs["deal_discount"] = book.define("DealDiscount", sheet, row, 1)
    row += 1
    rates: dict[Decimal, str] = {}
    counts: dict[Decimal, int] = {}
    for line in deal.quote.all_lines():
        counts[line.vat_rate.normalize()] = counts.get(line.vat_rate.normalize(), 0) + 1
    for rate in sorted(counts, reverse=True):
        _kv(sheet, row, t["vat_rate"], t["vat_rate_note"].format(n=counts[rate]))
        sheet.input(row, 1, rate, book.rate_style(rate))
        rates[rate] = book.define(vat_name(rate), sheet, row, 1)
        row += 1
    book.refs["vat_rates"] = rates
    for fx in deal.quote.exchange_rates:
        _kv(sheet, row, t["exchange_rate"].format(currency=fx.currency),
            t["exchange_rate_note"].format(deal=book.currency, currency=fx.currency,
                                           date=fx.as_of or "—"))
        sheet.input(row, 1, fx.rate, "price4")
        row += 1
    row += 1

    sheet.text(row, 0, t["case_inputs"], "h2")
    row += 1
    _kv(sheet, row, t["discount_rate"], t["discount_rate_note"])
    sheet.input(row, 1, bc.discount_rate, "pct2")
    book.define("DiscountRate", sheet, row, 1)
    row += 1
    _kv(sheet, row, t["cost_basis"], t["cost_basis_note"])
    basis = t["basis_incl"] if bc.quote_cost_basis == "incl_vat" else t["basis_excl"]
    sheet.input_text(row, 1, basis, "center")
    sheet.ws.data_validation(row, 1, row, 1, {"validate": "list",
                                              "source": [t["basis_incl"], t["basis_excl"]]})
    book.define("QuoteCostBasis", sheet, row, 1)
    row += 1
    _kv(sheet, row, t["cost_timing"], t["cost_timing_note"])
    timing = (t["timing_milestones"] if bc.quote_cost_timing == "payment_milestones"
              else t["timing_initial"])
    sheet.input_text(row, 1, timing, "center")
    sheet.ws.data_validation(row, 1, row, 1, {"validate": "list", "source": [
        t["timing_initial"], t["timing_milestones"]]})
    book.define("QuoteCostTiming", sheet, row, 1)
    row += 1
    _kv(sheet, row, t["include_quote"], t["include_quote_note"])
    sheet.text(row, 1, t["yes"] if bc.include_quote_costs else t["no"], "bold", "center")
    row += 1
    _kv(sheet, row, t["cost_risk"], t["cost_risk_note"])
    sheet.input(row, 1, bc.cost_risk_adjustment, "pct")
    book.define("CostRiskAdjustment", sheet, row, 1)
    row += 1
    if bc.payback_target_months is not None:
        _kv(sheet, row, t["payback_target"], "")
        sheet.input(row, 1, bc.payback_target_months, "months")
        book.define("PaybackTarget", sheet, row, 1)
        row += 1
    _kv(sheet, row, t["tco_users"], t["tco_users_note"])
    sheet.input(row, 1, bc.tco_users, "qty")
    book.define("TcoUsers", sheet, row, 1)
    row += 1
    tornado = book.results.tornado
    _kv(sheet, row, t["sensitivity"], t["sensitivity_note"])
    sheet.input(row, 1, tornado.change if tornado else 0.2, "pct")
    book.define("SensitivityChange", sheet, row, 1)
    return row + 2


def period_headers(book: Book, sheet: Sheet, row: int, first_col: int, styles=("header",)) -> None:
    """Numbers 0..N formatted as Initial / Year 1..N (formulas read them as t)."""
    for period in range(book.n_periods):
        sheet.label(row, first_col + period, period, *styles, "period")


def _client_costs(book: Book, sheet: Sheet, row: int) -> int:
    t, n = book.t, book.n_periods
    costs = book.deal.business_case.client_costs
    sheet.text(row, 0, t["client_costs"], "h2")
    sheet.text(row, 2, t["client_costs_note"], "note")
    row += 1
    sheet.headers(row, 0, [t["item"], t["category"], t["risk_entered"], t["risk_applied"]])
    period_headers(book, sheet, row, 4)
    sheet.text(row, 4 + n, t["total"], "header")
    row += 1
    refs = []
    if not costs:
        sheet.text(row, 0, t["none"], "note")
        row += 1
    default = book.deal.business_case.cost_risk_adjustment
    for cost in costs:
        sheet.text(row, 0, cost.name, "indent")
        sheet.text(row, 1, t["cat_" + cost.category])
        sheet.input(row, 2, cost.risk_adjustment, "pct")
        entered = sheet.a1(row, 2)
        sheet.formula(row, 3, f"=IF({entered}=0,CostRiskAdjustment,{entered})",
                      cost.risk_adjustment or default, "pct")
        values = (list(cost.values) + [0.0] * n)[:n]
        for period, value in enumerate(values):
            sheet.input(row, 4 + period, value, "money")
        sheet.formula(row, 4 + n, f"=SUM({sheet.area(row, 4, row, 3 + n, sheet=False)})",
                      sum(values), "money")
        refs.append({"values": [sheet.ref(row, 4 + p) for p in range(n)],
                     "risk": sheet.ref(row, 3), "name_ref": sheet.ref(row, 0),
                     "category": cost.category})
        row += 1
    book.refs["client_costs"] = refs
    return row + 1


def _drivers(book: Book, sheet: Sheet, row: int) -> int:
    t, n = book.t, book.n_periods
    drivers = book.deal.business_case.value_drivers
    sheet.text(row, 0, t["value_drivers"], "h2")
    sheet.text(row, 2, t["value_drivers_note"], "note")
    row += 1
    years = n - 1
    sheet.headers(row, 0, [t["driver"], t["type"], t["driver_input"], t["likely"], t["low"],
                           t["high"], t["annual_benefit"], t["risk_adj"]])
    for year in range(1, years + 1):
        sheet.label(row, 7 + year, year, "header", "year")
    sheet.text(row, 8 + years, t["evidence"], "header")
    ramp_header = row - 1
    if years:
        sheet.text(ramp_header, 8, t["ramp"], "bold")
    row += 1
    refs: dict[str, dict] = {}
    if not drivers:
        sheet.text(row, 0, t["none"], "note")
        row += 1
    for index, model in enumerate(drivers, start=1):
        cls = DRIVER_KINDS[model.type]
        head = row
        sheet.text(head, 0, model.name, "bold")
        sheet.text(head, 1, t["driver_" + model.type])
        input_rows = {}
        for offset, name in enumerate(cls.INPUTS, start=1):
            r = head + offset
            style = DRIVER_INPUT_STYLES[name]
            sheet.text(r, 2, t["in_" + name], "indent")
            sheet.input(r, 3, getattr(model, name), style)
            input_rows[name] = r
            base = name_part(model.id) or f"Driver{index}"
            book.define(book.unique_name(f"Drv_{base}_{name}"), sheet, r, 3)
            if name == cls.MAIN_INPUT:
                sheet.input(r, 4, model.low, style)
                sheet.input(r, 5, model.high, style)
        product = "*".join(sheet.a1(input_rows[name], 3) for name in cls.INPUTS)
        annual = 1.0
        for name in cls.INPUTS:
            annual *= float(getattr(model, name))
        sheet.formula(head, 6, "=" + product, annual, "money", "bold")
        sheet.input(head, 7, model.risk_adjustment, "pct")
        ramp_refs = []
        for year in range(1, years + 1):
            column = 7 + year
            if year <= len(model.ramp):
                sheet.input(head, column, model.ramp[year - 1], "pct")
            else:
                sheet.formula(head, column, "=" + sheet.a1(head, column - 1), model.ramp[-1], "pct")
            ramp_refs.append(sheet.ref(head, column))
        sheet.text(head, 8 + years, model.evidence, "wrap")
        sheet.fit(head, model.evidence, 60)
        refs[model.id] = {"annual": sheet.ref(head, 6), "annual_value": annual,
                          "risk": sheet.ref(head, 7), "ramp": ramp_refs,
                          "name_ref": sheet.ref(head, 0), "type": model.type,
                          "main": cls.MAIN_INPUT,
                          "main_ref": sheet.ref(input_rows[cls.MAIN_INPUT], 3),
                          "main_value": float(getattr(model, cls.MAIN_INPUT)),
                          "main_style": DRIVER_INPUT_STYLES[cls.MAIN_INPUT]}
        row = head + len(cls.INPUTS) + 1
    book.refs["drivers"] = refs
    return row
