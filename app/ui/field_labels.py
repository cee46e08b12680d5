"""User-facing names of the deal's fields, for undo texts, messages and editors.

Names are looked up by the field's path without its list selectors
(``needs[N01].priority`` -> ``needs.priority``); unknown fields fall back to
their attribute name with spaces, so a new field still reads sensibly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_SELECTOR = re.compile(r"\[[^\]]*\]")


def _labels() -> dict[str, str]:
    return {
        "meta.title": QCoreApplication.translate("Fields", "deal title"),
        "meta.client.name": QCoreApplication.translate("Fields", "client name"),
        "meta.client.industry": QCoreApplication.translate("Fields", "client industry"),
        "meta.client.address": QCoreApplication.translate("Fields", "client address"),
        "meta.client.logo": QCoreApplication.translate("Fields", "client logo"),
        "meta.our_company.name": QCoreApplication.translate("Fields", "our company name"),
        "meta.our_company.logo": QCoreApplication.translate("Fields", "our company logo"),
        "meta.our_company.address": QCoreApplication.translate("Fields", "our company address"),
        "meta.client.signatory": QCoreApplication.translate("Fields", "client signatory"),
        "meta.client.tax_id": QCoreApplication.translate("Fields", "client tax ID"),
        "meta.client.bank_account": QCoreApplication.translate("Fields", "client bank account"),
        "meta.our_company.signatory": QCoreApplication.translate("Fields", "our signatory"),
        "meta.our_company.tax_id": QCoreApplication.translate("Fields", "our tax ID"),
        "meta.our_company.bank_account": QCoreApplication.translate("Fields", "our bank account"),
        "meta.engineer.name": QCoreApplication.translate("Fields", "engineer name"),
        "meta.engineer.title": QCoreApplication.translate("Fields", "engineer title"),
        "meta.engineer.email": QCoreApplication.translate("Fields", "engineer e-mail"),
        "meta.engineer.phone": QCoreApplication.translate("Fields", "engineer phone"),
        "meta.language": QCoreApplication.translate("Fields", "document language"),
        "meta.currency": QCoreApplication.translate("Fields", "currency"),
        "meta.tax_mode": QCoreApplication.translate("Fields", "tax mode"),
        "meta.quote_number": QCoreApplication.translate("Fields", "quote number"),
        "meta.validity_date": QCoreApplication.translate("Fields", "validity date"),
        "terms.validity_days": QCoreApplication.translate("Fields", "quote validity"),
        "needs.text": QCoreApplication.translate("Fields", "text"),
        "needs.priority": QCoreApplication.translate("Fields", "priority"),
        "needs.function": QCoreApplication.translate("Fields", "role"),
        "needs.stakeholder_id": QCoreApplication.translate("Fields", "stakeholder"),
        "needs.status": QCoreApplication.translate("Fields", "status"),
        "needs.capabilities": QCoreApplication.translate("Fields", "capabilities"),
        "needs.notes": QCoreApplication.translate("Fields", "notes"),
        "needs.alternative": QCoreApplication.translate("Fields", "alternative"),
        "needs.covered_by": QCoreApplication.translate("Fields", "covering quote lines"),
        "stakeholders.name": QCoreApplication.translate("Fields", "name"),
        "stakeholders.title": QCoreApplication.translate("Fields", "job title"),
        "stakeholders.function": QCoreApplication.translate("Fields", "function"),
        "stakeholders.role": QCoreApplication.translate("Fields", "buying role"),
        "stakeholders.concerns": QCoreApplication.translate("Fields", "concerns"),
        "quantity": QCoreApplication.translate("Fields", "quantity"),
        "list_price": QCoreApplication.translate("Fields", "list price"),
        "discount_pct": QCoreApplication.translate("Fields", "discount"),
        "vat_rate": QCoreApplication.translate("Fields", "VAT rate"),
        "name": QCoreApplication.translate("Fields", "name"),
        "comparison.criteria.name": QCoreApplication.translate("Fields", "criterion"),
        "comparison.criteria.weight": QCoreApplication.translate("Fields", "criterion weight"),
        "comparison.criteria.anchors": QCoreApplication.translate("Fields", "score meanings"),
        "comparison.criteria.score_source": QCoreApplication.translate("Fields", "score source"),
        "comparison.options.name": QCoreApplication.translate("Fields", "option name"),
        "comparison.options.kind": QCoreApplication.translate("Fields", "option kind"),
        "comparison.options.scores": QCoreApplication.translate("Fields", "scores"),
        "comparison.options.scores.value": QCoreApplication.translate("Fields", "score"),
        "comparison.options.scores.evidence": QCoreApplication.translate("Fields", "evidence"),
        "comparison.options.strengths": QCoreApplication.translate("Fields", "strengths"),
        "comparison.options.weaknesses": QCoreApplication.translate("Fields", "weaknesses"),
        "comparison.options.traps": QCoreApplication.translate("Fields", "traps to avoid"),
        "comparison.name_competitors": QCoreApplication.translate("Fields",
                                                                  "competitor names in documents"),
        "business_case.tco_options": QCoreApplication.translate("Fields", "TCO costs of options"),
    }


def field_key(path: str) -> str:
    """``needs[N01].priority`` -> ``needs.priority``."""
    return _SELECTOR.sub("", path)


def field_label(path: str) -> str:
    """The name of the field at ``path``, lower case, in the interface language."""
    labels = _labels()
    key = field_key(path)
    if key in labels:
        return labels[key]
    last = key.rsplit(".", 1)[-1]
    return labels.get(last, last.replace("_", " "))
