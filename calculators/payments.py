"""Payment milestones (付款方式): checks, templates, amounts and estimated dates.

A milestone is a share of the contract value (``percent``, 0.3 = 30%) due
``offset_days`` after a trigger (签约 signing, 到货 delivery, 初验/终验
acceptance, 质保期满 end of warranty, or a custom event). The shares must sum
to exactly 100%.

Amounts: the contract total (a :class:`calculators.money.VatSplit`, e.g. the
pricing result's ``totals.base``) is split with
:func:`calculators.money.allocate` (largest remainder), the 含税 and the
不含税 amounts each on their own, so both columns sum to the contract total to
the cent; a milestone's VAT is its 含税 minus its 不含税 amount.

Dates: ``trigger_dates`` maps a trigger (``"signing"``, ...; for a custom
trigger its ``custom_trigger`` text, else ``"custom"``) to a date; the due date
is that date plus ``offset_days``, or ``None`` when the trigger has no date.

>>> plan = payment_template("3-6-1")
>>> [(m.label_zh_cn, m.percent, m.trigger) for m in plan]  # doctest: +NORMALIZE_WHITESPACE
[('预付款', Decimal('0.3'), 'signing'), ('终验款', Decimal('0.6'), 'final_acceptance'),
 ('质保金', Decimal('0.1'), 'warranty_end')]
>>> total = VatSplit(excl=Decimal("100000.00"), vat=Decimal("13000.00"), incl=Decimal("113000.00"))
>>> [row.amount.incl for row in payment_schedule([m.milestone() for m in plan], total).rows]
[Decimal('33900.00'), Decimal('67800.00'), Decimal('11300.00')]
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from calculators.money import VatSplit, allocate, to_decimal

__all__ = [
    "TEMPLATE_NAMES",
    "TRIGGERS",
    "MilestoneTemplate",
    "PaymentMilestone",
    "PaymentRow",
    "PaymentSchedule",
    "PaymentTrigger",
    "milestone_problems",
    "payment_schedule",
    "payment_template",
    "warranty_end_date",
]

PaymentTrigger = Literal[
    "signing", "delivery", "initial_acceptance", "final_acceptance", "warranty_end", "custom"
]
TRIGGERS: tuple[str, ...] = (
    "signing",
    "delivery",
    "initial_acceptance",
    "final_acceptance",
    "warranty_end",
    "custom",
)
TEMPLATE_NAMES: tuple[str, ...] = ("3-6-1", "30/40/30", "subscription_monthly")

_ACCEPTANCE_LABELS = {
    "delivery": ("到货款", "Payment on delivery"),
    "initial_acceptance": ("初验款", "Payment on initial acceptance"),
    "final_acceptance": ("终验款", "Payment on final acceptance"),
}
_SHARE_UNITS = 10**12  # subscription shares are exact to 1e-12 and sum to exactly 1


@dataclass(frozen=True, kw_only=True)
class PaymentMilestone:
    """Mirrors ``app.document.plan_model.PaymentMilestone``."""

    label: str
    percent: Decimal = Decimal(0)
    trigger: PaymentTrigger = "signing"
    custom_trigger: str = ""
    offset_days: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "percent", to_decimal(self.percent))
        if self.trigger not in TRIGGERS:
            raise ValueError(
                f"unknown payment trigger {self.trigger!r}: use one of {', '.join(TRIGGERS)}"
            )


@dataclass(frozen=True, kw_only=True)
class MilestoneTemplate:
    """A milestone of a template, labelled in Chinese and English."""

    label_zh_cn: str
    label_en: str
    percent: Decimal
    trigger: PaymentTrigger
    offset_days: int = 0

    def milestone(self, locale: str = "zh_CN") -> PaymentMilestone:
        """The milestone labelled for ``locale`` (``zh_CN``/``zh``, otherwise English)."""
        label = self.label_zh_cn if locale.lower().startswith("zh") else self.label_en
        return PaymentMilestone(
            label=label, percent=self.percent, trigger=self.trigger, offset_days=self.offset_days
        )


def _percent_text(fraction: Decimal) -> str:
    return f"{format((fraction * 100).normalize(), 'f')}%"


def milestone_problems(milestones: Sequence[PaymentMilestone]) -> tuple[str, ...]:
    """What is wrong with a payment plan, as sentences for the user (empty when fine).

    >>> milestone_problems([PaymentMilestone(label="签约", percent="0.3"),
    ...                     PaymentMilestone(label="终验", percent="0.6", trigger="delivery")])
    ('payment milestones sum to 90%, not 100%: adjust the percentages',)
    """
    if not milestones:
        return ("no payment milestones: add at least one (for example 100% on signing)",)
    problems = []
    for milestone in milestones:
        if not 0 <= milestone.percent <= 1:
            problems.append(
                f"milestone {milestone.label!r}: {_percent_text(milestone.percent)} "
                "is not between 0% and 100%"
            )
        if milestone.trigger == "custom" and not milestone.custom_trigger.strip():
            problems.append(f"milestone {milestone.label!r}: a custom trigger needs a description")
        if milestone.offset_days < 0:
            problems.append(
                f"milestone {milestone.label!r}: offset of {milestone.offset_days} days is negative"
            )
    total = sum((milestone.percent for milestone in milestones), Decimal(0))
    if total != 1:
        problems.append(
            f"payment milestones sum to {_percent_text(total)}, not 100%: adjust the percentages"
        )
    return tuple(problems)


def _equal_shares(count: int) -> list[Decimal]:
    base, extra = divmod(_SHARE_UNITS, count)
    return [Decimal(base + (index < extra)) / _SHARE_UNITS for index in range(count)]


def payment_template(
    name: str,
    *,
    acceptance_trigger: str = "final_acceptance",
    months: int = 12,
    interval_days: int = 30,
) -> tuple[MilestoneTemplate, ...]:
    """The milestones of a standard payment plan.

    * ``"3-6-1"``: 30% advance on signing (预付款), 60% on ``acceptance_trigger``
      (delivery, initial or final acceptance), 10% retention (质保金) at the end
      of the warranty period.
    * ``"30/40/30"``: 30% on signing, 40% on delivery (到货款), 30% on
      ``acceptance_trigger``.
    * ``"subscription_monthly"``: ``months`` equal shares, the first on signing,
      then every ``interval_days`` days. The shares are exact to 1e-12 and sum to
      100%; the earlier ones carry the last 1e-12 (1/12 = 0.083333333334 for the
      first four months, 0.083333333333 after), which allocation rounds away.

    >>> [m.percent for m in payment_template("30/40/30")]
    [Decimal('0.3'), Decimal('0.4'), Decimal('0.3')]
    """
    if acceptance_trigger not in _ACCEPTANCE_LABELS:
        raise ValueError(
            f"acceptance_trigger must be one of {', '.join(_ACCEPTANCE_LABELS)}, "
            f"got {acceptance_trigger!r}"
        )
    zh, en = _ACCEPTANCE_LABELS[acceptance_trigger]
    advance = MilestoneTemplate(
        label_zh_cn="预付款",
        label_en="Advance payment on signing",
        percent=Decimal("0.3"),
        trigger="signing",
    )
    if name == "3-6-1":
        return (
            advance,
            MilestoneTemplate(
                label_zh_cn=zh, label_en=en, percent=Decimal("0.6"), trigger=acceptance_trigger
            ),  # type: ignore[arg-type]
            MilestoneTemplate(
                label_zh_cn="质保金",
                label_en="Retention, due at the end of warranty",
                percent=Decimal("0.1"),
                trigger="warranty_end",
            ),
        )
    if name == "30/40/30":
        return (
            advance,
            MilestoneTemplate(
                label_zh_cn="到货款",
                label_en="Payment on delivery",
                percent=Decimal("0.4"),
                trigger="delivery",
            ),
            MilestoneTemplate(
                label_zh_cn=zh, label_en=en, percent=Decimal("0.3"), trigger=acceptance_trigger
            ),
        )  # type: ignore[arg-type]
    if name == "subscription_monthly":
        if isinstance(months, bool) or not isinstance(months, int) or months < 1:
            raise ValueError(f"months must be a whole number >= 1, got {months!r}")
        return tuple(
            MilestoneTemplate(
                label_zh_cn=f"第{index + 1}期订阅费",
                label_en=f"Subscription, month {index + 1}",
                percent=share,
                trigger="signing",
                offset_days=index * interval_days,
            )
            for index, share in enumerate(_equal_shares(months))
        )
    raise ValueError(f"unknown payment template {name!r}: use one of {', '.join(TEMPLATE_NAMES)}")


@dataclass(frozen=True)
class PaymentRow:
    """One milestone with its amount (含税/不含税/税额) and estimated due date."""

    label: str
    percent: Decimal
    trigger: str
    offset_days: int
    amount: VatSplit
    due_date: dt.date | None


@dataclass(frozen=True)
class PaymentSchedule:
    """The rows; their amounts sum exactly to ``total``."""

    rows: tuple[PaymentRow, ...]
    total: VatSplit


def _trigger_date(
    milestone: PaymentMilestone, trigger_dates: Mapping[str, dt.date]
) -> dt.date | None:
    if milestone.trigger == "custom" and milestone.custom_trigger in trigger_dates:
        return trigger_dates[milestone.custom_trigger]
    return trigger_dates.get(milestone.trigger)


def payment_schedule(
    milestones: Sequence[PaymentMilestone],
    total: VatSplit,
    trigger_dates: Mapping[str, dt.date] | None = None,
) -> PaymentSchedule:
    """Amount and estimated due date per milestone; ``ValueError`` naming the problems if invalid.

    >>> payment_schedule([PaymentMilestone(label="签约", percent="0.5")], VatSplit(
    ...     Decimal("1.00"), Decimal("0.13"), Decimal("1.13")))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: payment milestones sum to 50%, not 100%: adjust the percentages
    """
    problems = milestone_problems(milestones)
    if problems:
        raise ValueError("; ".join(problems))
    dates = trigger_dates or {}
    weights = [milestone.percent for milestone in milestones]
    incl_parts, excl_parts = allocate(total.incl, weights), allocate(total.excl, weights)
    rows = []
    for milestone, incl, excl in zip(milestones, incl_parts, excl_parts, strict=True):
        start = _trigger_date(milestone, dates)
        rows.append(
            PaymentRow(
                label=milestone.label,
                percent=milestone.percent,
                trigger=milestone.trigger,
                offset_days=milestone.offset_days,
                amount=VatSplit(excl=excl, vat=incl - excl, incl=incl),
                due_date=None
                if start is None
                else start + dt.timedelta(days=milestone.offset_days),
            )
        )
    return PaymentSchedule(rows=tuple(rows), total=total)


def warranty_end_date(acceptance: dt.date, warranty_months: int) -> dt.date:
    """The end of the warranty (质保期满): ``warranty_months`` calendar months after acceptance.

    The day is kept, or clamped to the month's last day.

    >>> warranty_end_date(dt.date(2024, 1, 31), 1), warranty_end_date(dt.date(2024, 3, 15), 12)
    (datetime.date(2024, 2, 29), datetime.date(2025, 3, 15))
    """
    month_index = acceptance.month - 1 + warranty_months
    year, month = acceptance.year + month_index // 12, month_index % 12 + 1
    return acceptance.replace(
        year=year, month=month, day=min(acceptance.day, calendar.monthrange(year, month)[1])
    )
