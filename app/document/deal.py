"""The deal document: one client, one opportunity, as validated, versioned data.

``Deal`` is pure data (pydantic, Qt-free).  Its JSON form carries
``schema_version`` at the top level; :mod:`app.document.migrations` upgrades
older versions.  Fields marked internal in the schema never reach
client-facing documents (see :mod:`app.document.views`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from app.document.analysis_model import BusinessCaseInputs, Comparison, StakeholderFunction
from app.document.fields import DecimalStr, StrictModel, fraction, internal, money
from app.document.plan_model import CaseStudy, PaymentTerms, Phase, Terms
from app.document.quote_model import Quote

SCHEMA_VERSION = 1
"""The schema version this build writes; files of older versions are migrated on load."""

Language = Literal["zh_CN", "en"]
Priority = Literal["P0", "P1", "P2", "P3"]
BuyingRole = Literal["decision_maker", "influencer", "gatekeeper", "user"]
NeedStatus = Literal["draft", "confirmed", "quantified", "signed_off"]


class Party(StrictModel):
    """A company: the client or ourselves."""

    name: str = Field("", max_length=200)
    industry: str = Field("", max_length=200)
    address: str = Field("", max_length=500)
    logo: str | None = Field(None, max_length=200, description="attachment name of the logo image")
    signatory: str = Field("", max_length=200, description="who signs and seals (签字盖章)")
    tax_id: str = Field("", max_length=64, description="unified social credit code / tax id (开票信息)")
    bank_account: str = Field("", max_length=300, description="bank and account for invoicing")


class Person(StrictModel):
    """The presales engineer responsible for the deal."""

    name: str = Field("", max_length=200)
    title: str = Field("", max_length=200)
    email: str = Field("", max_length=200)
    phone: str = Field("", max_length=50)


class DealMeta(StrictModel):
    """Header data of the deal."""

    title: str = Field(min_length=1, max_length=300)
    client: Party = Field(default_factory=Party)
    our_company: Party = Field(default_factory=Party)
    engineer: Person = Field(default_factory=Person)
    language: Language = "zh_CN"
    currency: str = Field("CNY", pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    tax_mode: Literal["incl", "excl"] = Field("excl", description="prices entered 含税 (incl) or 不含税 (excl)")
    quote_number: str = Field("", max_length=64)
    validity_date: dt.date | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None


class Stakeholder(StrictModel):
    """A person on the client side, their function, buying role and concerns."""

    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    title: str = Field("", max_length=200)
    function: StakeholderFunction = "user_department"
    role: BuyingRole = "influencer"
    concerns: str = internal("", description="what worries them (internal working note)")


class Need(StrictModel):
    """A ranked client need and what covers it."""

    id: str = Field(min_length=1, max_length=64)
    text: str = Field(min_length=1, max_length=4000)
    priority: Priority = "P1"
    function: StakeholderFunction = "user_department"
    stakeholder_id: str | None = Field(None, max_length=64, description="who raised the need")
    status: NeedStatus = "draft"
    capabilities: list[str] = Field(default_factory=list, description="capability tags that cover this need")
    covered_by: list[str] = Field(default_factory=list, description="quote line ids linked by hand")
    alternative: str = Field("", max_length=4000, description="alternative or upgrade path if not covered")
    notes: str = internal("", description="internal working notes")


class Approval(StrictModel):
    """A discount or price approval (internal)."""

    what: str = Field(min_length=1, max_length=500)
    threshold: DecimalStr = fraction(description="discount level that triggers the approval")
    approver: str = Field("", max_length=200)
    status: Literal["not_needed", "pending", "approved", "rejected"] = "pending"
    note: str = Field("", max_length=4000)


class Negotiation(StrictModel):
    """The negotiation plan (internal)."""

    batna: str = Field("", max_length=4000)
    walk_away_price: DecimalStr | None = money(None)
    concessions: list[str] = Field(default_factory=list, description="in the order we would give them")
    notes: str = Field("", max_length=20000)


class InternalData(StrictModel):
    """Everything that must never reach the client."""

    margin_floor: DecimalStr = fraction(Decimal("0.25"), description="lowest acceptable margin")
    approval_threshold: DecimalStr = fraction(Decimal("0.15"), description="discount needing a director")
    approvals: list[Approval] = Field(default_factory=list)
    negotiation: Negotiation = Field(default_factory=Negotiation)


class Deal(StrictModel):
    """A whole deal document."""

    schema_version: Literal[1] = SCHEMA_VERSION
    meta: DealMeta
    stakeholders: list[Stakeholder] = Field(default_factory=list)
    needs: list[Need] = Field(default_factory=list)
    quote: Quote = Field(default_factory=Quote)
    phases: list[Phase] = Field(default_factory=list)
    payment_terms: PaymentTerms = Field(default_factory=PaymentTerms)
    business_case: BusinessCaseInputs = Field(default_factory=BusinessCaseInputs)
    comparison: Comparison = Field(default_factory=Comparison)
    case_studies: list[CaseStudy] = Field(default_factory=list)
    terms: Terms = Field(default_factory=Terms)
    internal: InternalData = internal(default_factory=InternalData)

    @field_validator("needs")
    @classmethod
    def _need_ids_unique(cls, needs: list[Need]) -> list[Need]:
        _require_unique([n.id for n in needs], "need")
        return needs

    @model_validator(mode="after")
    def _line_ids_unique(self) -> "Deal":
        _require_unique([line.id for line in self.quote.all_lines()], "quote line")
        return self


def _require_unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    repeated = sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]
    if repeated:
        raise ValueError(f"{what} ids must be unique; repeated: {', '.join(repeated)}")


def new_deal(title: str, language: Language = "zh_CN") -> Deal:
    """A blank deal with sensible defaults for the language (CNY and 含税-free entry for zh_CN)."""
    currency = "CNY" if language == "zh_CN" else "USD"
    return Deal(meta=DealMeta(title=title, language=language, currency=currency))
