"""Delivery phases, payment milestones, terms and case studies of a deal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import Field

from app.document.fields import DecimalStr, StrictModel, fraction, number

PaymentTrigger = Literal["signing", "delivery", "initial_acceptance", "final_acceptance",
                         "warranty_end", "custom"]


class PhaseMilestone(StrictModel):
    """A milestone inside a phase, ``offset_weeks`` after the phase start."""

    name: str = Field(min_length=1, max_length=200)
    offset_weeks: int = number(0, unit="weeks", ge=0, le=520)
    value_point: str = Field("", max_length=1000, description="the visible value the client sees here")


class Phase(StrictModel):
    """A delivery phase: goal, timing, milestones and the quote lines it delivers."""

    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    goal: str = Field("", max_length=2000)
    start: dt.date
    duration_weeks: int = number(4, unit="weeks", ge=1, le=520)
    milestones: list[PhaseMilestone] = Field(default_factory=list)
    line_ids: list[str] = Field(default_factory=list)


class PaymentMilestone(StrictModel):
    """A share of the contract value, due ``offset_days`` after its trigger."""

    label: str = Field(min_length=1, max_length=200)
    percent: DecimalStr = fraction(description="share of the contract value (0.3 = 30%)")
    trigger: PaymentTrigger = "signing"
    custom_trigger: str = Field("", max_length=200)
    offset_days: int = number(0, unit="days", ge=0, le=3650)


class PaymentTerms(StrictModel):
    """Payment plan (must sum to 100%) and the warranty period it refers to."""

    milestones: list[PaymentMilestone] = Field(default_factory=list)
    warranty_months: int = number(12, unit="months", ge=0, le=120)


class Clause(StrictModel):
    """A commercial clause (liability, confidentiality, ...)."""

    title: str = Field(min_length=1, max_length=200)
    text: str = Field(max_length=20000)


class Terms(StrictModel):
    """Commercial terms printed in the proposal."""

    validity_days: int = number(30, unit="days", ge=1, le=730)
    acceptance_criteria: str = Field("", max_length=20000)
    sla: str = Field("", max_length=20000)
    clauses: list[Clause] = Field(default_factory=list)


class CaseStudy(StrictModel):
    """A reference project shown to the client."""

    title: str = Field(min_length=1, max_length=200)
    industry: str = Field("", max_length=200)
    metrics: list[str] = Field(default_factory=list)
    text: str = Field("", max_length=20000)


class Range(StrictModel):
    """Low / likely / high of one input, for Monte Carlo and the tornado chart."""

    low: float = number(0.0, unit="same as the input", ge=-1e13, le=1e13)
    high: float = number(0.0, unit="same as the input", ge=-1e13, le=1e13)


__all__ = ["Phase", "PhaseMilestone", "PaymentMilestone", "PaymentTerms", "Terms", "Clause",
           "CaseStudy", "Range", "PaymentTrigger", "Decimal"]
