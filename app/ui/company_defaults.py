"""New deals start from the company profile in the preferences: who we are and how we sell."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.document.deal import Deal, Party, new_deal
from app.document.plan_model import PaymentMilestone
from app.ui.settings import CompanyProfile

_MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".bmp": "image/bmp",
    ".gif": "image/gif",
    ".webp": "image/webp",
}


def blank_deal(
    title: str, language: str, profile: CompanyProfile
) -> tuple[Deal, dict[str, tuple[bytes, str]]]:
    """A new deal carrying the profile's company name, currency, discount rate, payment plan and logo.

    Returns the deal and its attachments (the logo, if the profile names a readable image).
    """
    deal = new_deal(title, language=language)  # type: ignore[arg-type]
    attachments: dict[str, tuple[bytes, str]] = {}
    if profile.currency and len(profile.currency) == 3 and profile.currency.isalpha():
        deal.meta.currency = profile.currency.upper()
    logo_name = None
    if profile.logo:
        path = Path(profile.logo)
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if data and path.suffix.lower() in _MIME:
            logo_name = f"logo-{hashlib.sha256(data).hexdigest()[:12]}{path.suffix.lower()}"
            attachments[logo_name] = (data, _MIME[path.suffix.lower()])
    if profile.name or logo_name:
        deal.meta.our_company = Party(name=profile.name, logo=logo_name)
    if -0.99 < profile.discount_rate <= 1:
        deal.business_case.discount_rate = profile.discount_rate
    if profile.payment_plan and sum(step.percent for step in profile.payment_plan) == 1:
        deal.payment_terms.milestones = [
            PaymentMilestone(
                label=step.label,
                percent=step.percent,
                trigger=step.trigger,
                offset_days=step.offset_days,
            )
            for step in profile.payment_plan
        ]
    return deal, attachments
