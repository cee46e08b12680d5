"""Business-case inputs and the competitive comparison of a deal."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field, model_validator

from app.document.fields import StrictModel, internal, number

StakeholderFunction = Literal["user_department", "technical", "finance", "executive"]
CostCategory = Literal["acquisition", "implementation", "licences", "subscriptions", "maintenance",
                       "hardware", "staff", "training", "migration", "downtime", "other"]

_AMOUNT = dict(ge=-1e13, le=1e13)


def _ramp_default() -> list[float]:
    return [1.0]


class _DriverBase(StrictModel):
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    ramp: list[Annotated[float, Field(ge=0, le=2)]] = Field(
        default_factory=_ramp_default, min_length=1, max_length=50,
        description="share of full benefit reached in year 1, 2, ...; the last value repeats")
    risk_adjustment: float = number(0.0, unit="fraction", ge=0, le=1,
                                    description="share of the benefit withheld for risk (TEI)")
    low: float | None = number(None, unit="same as the main input", **_AMOUNT,
                               description="low value of the driver's main input: hours saved per "
                                           "person, amount per year, uplift or reduction")
    high: float | None = number(None, unit="same as the main input", **_AMOUNT,
                                description="high value of the driver's main input")
    evidence: str = Field("", max_length=2000, description="where the figure comes from")


class LabourSavedDriver(_DriverBase):
    """Hours saved per person per year x loaded hourly rate x people."""

    type: Literal["labour_saved"] = "labour_saved"
    hours_saved_per_person: float = number(0.0, unit="hours per person per year", ge=0, le=8784)
    hourly_rate: float = number(0.0, unit="currency per hour", ge=0, le=1e6)
    people: float = number(0.0, unit="people", ge=0, le=1e7)


class CostAvoidedDriver(_DriverBase):
    """A cost the client no longer pays, per year."""

    type: Literal["cost_avoided"] = "cost_avoided"
    amount_per_year: float = number(0.0, unit="currency per year", ge=0, le=1e13)


class RevenueUpliftDriver(_DriverBase):
    """Base revenue x uplift x margin on the extra revenue."""

    type: Literal["revenue_uplift"] = "revenue_uplift"
    base_revenue: float = number(0.0, unit="currency per year", ge=0, le=1e14)
    uplift: float = number(0.0, unit="fraction", ge=0, le=10)
    margin: float = number(1.0, unit="fraction", ge=0, le=1)


class RiskReducedDriver(_DriverBase):
    """Probability per year x impact x share of the risk removed."""

    type: Literal["risk_reduced"] = "risk_reduced"
    probability: float = number(0.0, unit="fraction per year", ge=0, le=1)
    impact: float = number(0.0, unit="currency", ge=0, le=1e13)
    reduction: float = number(0.0, unit="fraction", ge=0, le=1)


class CustomDriver(_DriverBase):
    """Any other benefit, as an amount per year."""

    type: Literal["custom"] = "custom"
    amount_per_year: float = number(0.0, unit="currency per year", **_AMOUNT)


ValueDriver = Annotated[
    Union[LabourSavedDriver, CostAvoidedDriver, RevenueUpliftDriver, RiskReducedDriver, CustomDriver],
    Field(discriminator="type"),
]


class ClientCost(StrictModel):
    """A cost the client bears itself (staff time, training, migration, downtime), per period."""

    name: str = Field(min_length=1, max_length=200)
    category: CostCategory = "other"
    values: list[Annotated[float, Field(ge=0, le=1e13)]] = Field(
        default_factory=list, max_length=200,
        description="amount per period: Initial, Year 1, Year 2, ... (currency)")
    risk_adjustment: float = number(0.0, unit="fraction", ge=0, le=1,
                                    description="uplift for cost risk (TEI): 0.1 adds 10%")


class Scenario(StrictModel):
    """A named scenario: a multiplier per value driver (missing drivers keep 1.0)."""

    name: str = Field(min_length=1, max_length=100)
    multipliers: dict[str, Annotated[float, Field(ge=0, le=100,
                                                        json_schema_extra={"unit": "factor"})]] = Field(default_factory=dict)


class TcoOption(StrictModel):
    """Costs of one option (status quo or a competitor) per period, by category."""

    option_id: str = Field(min_length=1, max_length=64)
    costs: list[ClientCost] = Field(default_factory=list)


class BusinessCaseInputs(StrictModel):
    """Everything the business case needs beyond the quote."""

    horizon_years: int = number(3, unit="years", ge=1, le=30)
    discount_rate: float = number(0.10, unit="fraction per year", gt=-0.99, le=1)
    cost_risk_adjustment: float = number(0.0, unit="fraction", ge=0, le=1)
    include_quote_costs: bool = True
    quote_cost_timing: Literal["initial", "payment_milestones"] = Field(
        "initial", description="one-time quote costs at Initial (TEI convention) or when the "
                               "payment milestones fall due")
    quote_cost_basis: Literal["incl_vat", "excl_vat"] = Field(
        "incl_vat", description="quote costs enter the business case with or without VAT "
                                "(excl_vat when the client deducts input VAT)")
    client_costs: list[ClientCost] = Field(default_factory=list)
    value_drivers: list[ValueDriver] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list)
    tco_users: int = number(1, unit="users", ge=1, le=10_000_000)
    tco_options: list[TcoOption] = Field(default_factory=list)
    payback_target_months: float | None = number(None, unit="months", ge=0, le=600)

    @model_validator(mode="after")
    def _driver_ids_unique(self) -> "BusinessCaseInputs":
        ids = [d.id for d in self.value_drivers]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"value driver ids must be unique; repeated: {', '.join(duplicates)}")
        return self


class Criterion(StrictModel):
    """A comparison criterion with its weight and the meaning of scores 1, 5 and 10."""

    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    weight: float = number(1.0, unit="relative weight", ge=0, le=1000)
    anchors: dict[str, str] = Field(default_factory=dict, description="score ('1','5','10') -> meaning")
    score_source: Literal["auto", "typed", "tco"] = Field(
        "auto", description="tco: scored from the business case's TCO totals (lowest 10, highest 1); "
                            "typed: the typed scores; auto: tco when the id is price or tco")


class Score(StrictModel):
    """A score on the 0-10 scale, with its evidence."""

    value: float = number(5.0, unit="score 0-10", ge=0, le=10)
    evidence: str = Field("", max_length=2000)


class ComparisonOption(StrictModel):
    """Our solution, a competitor or the status quo, scored per criterion."""

    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["ours", "competitor", "status_quo"] = "competitor"
    scores: dict[str, Score] = Field(default_factory=dict)
    strengths: str = internal("", description="internal notes")
    weaknesses: str = internal("", description="internal notes")
    traps: str = internal("", description="traps to avoid (internal)")


class Comparison(StrictModel):
    """The weighted competitive comparison."""

    criteria: list[Criterion] = Field(default_factory=list)
    options: list[ComparisonOption] = Field(default_factory=list)
    name_competitors: bool = Field(False, description="False shows competitors as Vendor A/B in client documents")


__all__ = ["StakeholderFunction", "ValueDriver", "BusinessCaseInputs", "ClientCost", "Scenario",
           "TcoOption", "Criterion", "Score", "ComparisonOption", "Comparison"]
