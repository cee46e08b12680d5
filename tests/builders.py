"""Small deals built in code for tests (independent of the bundled samples)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.document.deal import Deal, DealMeta, Need, Party, Stakeholder
from app.document.plan_model import PaymentMilestone, PaymentTerms
from app.document.quote_model import Quote, QuoteLine, Section


def small_deal(title: str = "测试项目 Test deal", quantity: str = "2") -> Deal:
    """A two-section deal with internal data, needs and a 3-6-1 payment plan."""
    licence = QuoteLine(id="L1", sku="MES-CORE", name="MES 核心平台", quantity=Decimal(quantity),
                        list_price=Decimal("480000.00"), vat_rate=Decimal("0.13"),
                        unit_cost=Decimal("123456.78"), capabilities=["production-tracking"])
    service = QuoteLine(id="L2", sku="SVC-IMPL", name="实施服务", category="service", unit="人天",
                        quantity=Decimal("40"), list_price=Decimal("2600"), vat_rate=Decimal("0.06"),
                        pricing={"model": "effort", "role": "顾问"})
    return Deal(
        meta=DealMeta(title=title, client=Party(name="苏州示例精密制造有限公司", industry="汽车零部件"),
                      our_company=Party(name="Example Software Ltd."), quote_number="Q-1",
                      validity_date=dt.date(2027, 1, 31)),
        stakeholders=[Stakeholder(id="S1", name="王总", function="executive", role="decision_maker")],
        needs=[Need(id="N1", text="生产过程实时追溯", priority="P0", capabilities=["production-tracking"])],
        quote=Quote(sections=[Section(id="sw", title="软件", lines=[licence]),
                              Section(id="svc", title="服务", lines=[service])]),
        payment_terms=PaymentTerms(milestones=[
            PaymentMilestone(label="签约", percent=Decimal("0.3"), trigger="signing"),
            PaymentMilestone(label="终验", percent=Decimal("0.6"), trigger="final_acceptance"),
            PaymentMilestone(label="质保期满", percent=Decimal("0.1"), trigger="warranty_end")]),
        internal={"negotiation": {"notes": "底线：不低于八五折 SECRET-NOTE-42"}},
    )
