"""Value drivers: annual values and series checked against hand arithmetic."""

from __future__ import annotations

import dataclasses
import math

import pytest

from calculators.value_drivers import (
    DRIVER_KINDS,
    CostAvoided,
    CustomAmount,
    LabourSaved,
    RevenueUplift,
    RiskReduced,
    ValueDriver,
    ramp_factors,
    ramp_matrix,
)


def labour(**changes: object) -> LabourSaved:
    inputs: dict[str, object] = {
        "id": "ap", "name": "Invoice matching",
        "hours_saved_per_person": 100, "hourly_rate": 50, "people": 4,
    }
    inputs.update(changes)
    return LabourSaved(**inputs)  # type: ignore[arg-type]


def test_annual_values_are_the_products_the_client_recognises() -> None:
    # 100 h/person/year x 50 per hour x 4 people = 20,000
    assert labour().annual_value() == 20_000.0
    assert CostAvoided(id="c", name="Fees", amount_per_year=12_000).annual_value() == 12_000.0
    # 1,000,000 revenue x 2% uplift x 30% margin = 6,000
    uplift = RevenueUplift(id="r", name="Sales", base_revenue=1_000_000, uplift=0.02, margin=0.3)
    assert uplift.annual_value() == pytest.approx(6_000.0)
    # without a margin the uplift counts as revenue: 1,000,000 x 2% = 20,000
    plain = RevenueUplift(id="r", name="Sales", base_revenue=1_000_000, uplift=0.02)
    assert plain.annual_value() == pytest.approx(20_000.0)
    # 10% a year x 500,000 impact x 60% reduction = 30,000
    risk = RiskReduced(id="k", name="Outage", probability=0.1, impact=500_000, reduction=0.6)
    assert risk.annual_value() == pytest.approx(30_000.0)
    assert CustomAmount(id="x", name="Other", amount_per_year=5_000).annual_value() == 5_000.0


def test_series_ramps_by_year_and_is_reduced_by_the_risk_adjustment() -> None:
    driver = labour(ramp=(0.5, 1.0), risk_adjustment=0.2)
    # Initial 0; Year 1 = 20,000 x 0.5 = 10,000; Years 2-3 = 20,000 (last ramp value repeats)
    assert driver.series(4, risk_adjusted=False).tolist() == [0.0, 10_000.0, 20_000.0, 20_000.0]
    # risk-adjusted (TEI): x (1 - 0.2) -> 8,000 and 16,000
    assert driver.series(4).tolist() == pytest.approx([0.0, 8_000.0, 16_000.0, 16_000.0])


def test_monthly_series_spreads_the_annual_value_and_ramps_per_year() -> None:
    driver = CostAvoided(id="c", name="Fees", amount_per_year=12_000, ramp=(0.5, 1.0))
    series = driver.series(1 + 24, periods_per_year=12)
    # months 1-12 of year 1: 12,000 / 12 x 0.5 = 500; months 13-24: 1,000
    assert series[0] == 0.0
    assert series[1:13].tolist() == [500.0] * 12
    assert series[13:].tolist() == [1_000.0] * 12


def test_ramp_helpers() -> None:
    assert ramp_factors((), 3).tolist() == [1.0, 1.0, 1.0]
    assert ramp_factors((0.2, 0.6), 4).tolist() == [1.0, 0.2, 0.6, 0.6]
    assert ramp_matrix([], 3).shape == (0, 3)
    assert ramp_matrix([(0.5,)], 1).tolist() == [[1.0]]
    # quarters: year 1 = 0.25, year 2 onwards 0.75
    assert ramp_matrix([(0.25, 0.75)], 9, 4).tolist() == [[1.0] + [0.25] * 4 + [0.75] * 4]


def test_with_value_scaled_and_at() -> None:
    driver = labour(ranges={"hours_saved_per_person": (60, 150), "people": (3, 5)})
    assert driver.with_value("people", 8).annual_value() == 40_000.0
    doubled = driver.scaled(2.0)
    assert doubled.hours_saved_per_person == 200.0 and doubled.annual_value() == 40_000.0
    # scaling scales the main input's range, not the other inputs' ranges
    assert doubled.ranges == {"hours_saved_per_person": (120.0, 300.0), "people": (3.0, 5.0)}
    assert driver.scaled(-1.0).ranges["hours_saved_per_person"] == (-150.0, -60.0)
    assert labour().scaled(0.5).ranges == {}
    low, high = driver.at("low"), driver.at("high")
    assert (low.hours_saved_per_person, low.people) == (60.0, 3.0)
    assert (high.hours_saved_per_person, high.people) == (150.0, 5.0)
    assert driver.at("likely") is driver
    assert driver.inputs() == {"hours_saved_per_person": 100.0, "hourly_rate": 50.0, "people": 4.0}


def test_drivers_are_frozen_hashable_and_convertible_to_dicts() -> None:
    given = {"hours_saved_per_person": (60, 150)}
    driver = labour(ranges=given)
    given["people"] = (1, 2)  # the driver keeps its own copy
    assert driver.ranges == {"hours_saved_per_person": (60.0, 150.0)}
    assert hash(driver) == hash(labour(ranges={"hours_saved_per_person": (60, 150)}))
    assert driver == labour(ranges={"hours_saved_per_person": (60, 150)})
    assert dataclasses.asdict(driver)["ranges"] == {"hours_saved_per_person": (60.0, 150.0)}
    with pytest.raises(AttributeError):
        driver.hours_saved_per_person = 3  # type: ignore[misc]


def test_driver_kinds_registry() -> None:
    assert DRIVER_KINDS["labour_saved"] is LabourSaved
    assert set(DRIVER_KINDS) == {
        "labour_saved", "cost_avoided", "revenue_uplift", "risk_reduced", "custom"
    }
    for kind, cls in DRIVER_KINDS.items():
        assert cls.KIND == kind and cls.MAIN_INPUT in cls.INPUTS


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"people": math.nan}, "driver 'ap'.people: must be a finite number"),
        ({"ramp": (0.5, math.inf)}, r"driver 'ap'.ramp\[1\]: must be a finite number"),
        ({"ramp": (-0.5,)}, "driver 'ap'.ramp: must not be negative"),
        ({"risk_adjustment": 1.5}, "risk_adjustment: must be between 0 and 1"),
        ({"risk_adjustment": -0.1}, "risk_adjustment: must be between 0 and 1"),
        ({"ranges": {"speed": (1, 2)}}, "ranges: unknown input 'speed'"),
        ({"ranges": {"people": (5, 3)}}, r"ranges\['people'\]: low 5.0 is above high 3.0"),
        ({"ranges": {"people": (1, 2, 3)}}, r"ranges\['people'\]: must be \(low, high\)"),
        ({"ranges": {"people": 3}}, r"ranges\['people'\]: must be \(low, high\)"),
    ],
)
def test_invalid_driver_inputs(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        labour(**changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hours_saved_per_person": "many"}, "'ap'.hours_saved_per_person: must be a number"),
        ({"people": True}, "driver 'ap'.people: must be a number"),
        ({"ranges": {"people": (1, "x")}}, r"ranges\['people'\]: must be a number"),
    ],
)
def test_driver_inputs_of_the_wrong_type(changes: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        labour(**changes)


def test_unknown_input_and_abstract_base() -> None:
    with pytest.raises(ValueError, match="unknown input 'speed'"):
        labour().with_value("speed", 1)
    with pytest.raises(ValueError, match="point must be"):
        labour().at("best")
    with pytest.raises(TypeError, match="abstract"):
        ValueDriver(id="x", name="x")
