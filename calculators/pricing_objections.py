"""Price-objection helpers: break the price down, offer payment terms instead of a cut.

* :func:`cost_per_user_per_month`: ``total / (users x months)``, to the cent.
* :func:`instalment_plan`: an annuity loan. The monthly payment follows Excel's
  ``PMT(annual_rate / 12, months, -principal)`` (payment at the end of each
  month, returned as a positive amount):
  ``P x r / (1 - (1 + r) ** -n)`` with ``r = annual_rate / 12``, or ``P / n``
  when ``r = 0``. The schedule rounds each month's interest (on the opening
  balance) to the cent; every payment but the last is the rounded PMT, and the
  last one clears the balance, absorbing the rounding. So the payments sum
  exactly to ``total_paid = principal + total_interest`` and the principal
  parts sum to the principal.

>>> instalment_plan(1000, "0.12", 12).payment  # Excel: =PMT(1%, 12, -1000) -> 88.85
Decimal('88.85')
>>> cost_per_user_per_month(360000, 100, 36)
Decimal('100.00')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from calculators.money import round_money, to_decimal

__all__ = ["InstalmentPlan", "InstalmentRow", "cost_per_user_per_month", "instalment_plan"]

_CONTEXT = Context(prec=64, rounding=ROUND_HALF_UP)


def _positive_int(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    return value


def cost_per_user_per_month(total: Decimal | int | str, users: int, months: int) -> Decimal:
    """``total / (users x months)`` rounded to the cent (half-up).

    >>> cost_per_user_per_month("100000", 30, 12)  # 100000 / 360 = 277.777...
    Decimal('277.78')
    """
    _positive_int(users, "users")
    _positive_int(months, "months")
    with localcontext(_CONTEXT):
        return round_money(to_decimal(total) / (users * months))


@dataclass(frozen=True)
class InstalmentRow:
    """One month of the schedule; ``balance`` is what remains owed after the payment."""

    month: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


@dataclass(frozen=True)
class InstalmentPlan:
    """The monthly payment (rounded PMT) and the schedule that repays the loan exactly."""

    principal: Decimal
    annual_rate: Decimal
    months: int
    payment: Decimal
    rows: tuple[InstalmentRow, ...]
    total_paid: Decimal
    total_interest: Decimal


def instalment_plan(
    principal: Decimal | int | str, annual_rate: Decimal | int | str, months: int
) -> InstalmentPlan:
    """Monthly payment and schedule of an annuity loan (see the module doc).

    >>> plan = instalment_plan(100, 0, 3)
    >>> [row.payment for row in plan.rows]  # 100 / 3 = 33.33..., the last absorbs the cent
    [Decimal('33.33'), Decimal('33.33'), Decimal('33.34')]
    """
    _positive_int(months, "months")
    amount, rate = round_money(principal), to_decimal(annual_rate)
    if amount < 0:
        raise ValueError(f"principal must be >= 0, got {principal!r}")
    if rate < 0:
        raise ValueError(f"annual_rate must be >= 0 (0.05 = 5%), got {annual_rate!r}")
    with localcontext(_CONTEXT):
        monthly = rate / 12
        exact = (
            amount / months if monthly == 0 else amount * monthly / (1 - (1 + monthly) ** -months)
        )
        payment = round_money(exact)
        balance, rows = amount, []
        for month in range(1, months + 1):
            interest = round_money(balance * monthly)
            due = balance + interest
            paid = due if month == months else min(payment, due)
            balance -= paid - interest
            rows.append(InstalmentRow(month, paid, interest, paid - interest, balance))
    total_paid = sum((row.payment for row in rows), Decimal("0.00"))
    return InstalmentPlan(
        principal=amount,
        annual_rate=rate,
        months=months,
        payment=payment,
        rows=tuple(rows),
        total_paid=total_paid,
        total_interest=total_paid - amount,
    )
