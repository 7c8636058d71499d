"""What each kind of intervention does to the projection state in one year."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from mixplanner.domain.categories import CareType, Owner, Segment
from mixplanner.domain.interventions import (
    DEFAULT_OWNER, Acquire, Build, ConvertCare, Demolish, DemolishReplace, Intervention, Relabel, Sell, Turnover,
)
from mixplanner.domain.policy import Thresholds
from mixplanner.domain.scenario import Assumptions
from mixplanner.engine.areas import AreaIndex
from mixplanner.engine.state import CARES, INTRAMURAL, OWNERS, SEGMENTS, TYPES, State

CORP, PRIVATE, OWNED = (OWNERS.index(o.value) for o in (Owner.CORPORATION, Owner.PRIVATE_LANDLORD, Owner.OWNER_OCCUPIER))


class ScenarioError(ValueError):
    """An intervention cannot apply to the stock; str() names the intervention and the reason."""


@dataclass
class YearContext:
    year: int
    thresholds: Thresholds
    rent_factor: float  # price level of this year relative to the base year
    woz_factor: float
    areas: AreaIndex
    assumptions: Assumptions
    memory: dict = field(default_factory=dict)  # per intervention, what later years need (demolished units, ...)


@dataclass(frozen=True)
class Effect:
    """Which records an intervention changed or created (to reclassify), and which it delivered as new build."""

    changed: np.ndarray
    delivered: np.ndarray


NOTHING = np.zeros(0, dtype=np.int64)


def default_prices(segment: str, t: Thresholds) -> tuple[float, float, float]:
    """(rent, points, value) of a typical new or re-let dwelling of a segment, at a year's thresholds."""
    lib = t.liberalisatiegrens
    cap = t.middenhuur_max_huur or lib * 1.3
    koop = t.betaalbaarheidsgrens_koop
    return {
        Segment.SOCIAL_RENT.value: (round(0.8 * lib, 2), 120.0, math.nan),
        Segment.MID_RENT.value: (round((lib + cap) / 2, 2), 165.0, math.nan),
        Segment.FREE_RENT.value: (round(1.15 * cap, 2), 200.0, math.nan),
        Segment.AFFORDABLE_OWNED.value: (math.nan, math.nan, round(0.9 * koop, -3)),
        Segment.EXPENSIVE_OWNED.value: (math.nan, math.nan, round(1.3 * koop, -3)),
    }[segment]


def largest_remainder(total: int, shares: list[float]) -> list[int]:
    exact = [total * s for s in shares]
    floors = [math.floor(e + 1e-9) for e in exact]
    order = sorted(range(len(shares)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: max(0, total - sum(floors))]:
        floors[i] += 1
    return floors


def _fail(item: Intervention, ctx: YearContext, reason: str) -> ScenarioError:
    return ScenarioError(f"'{item.title()}' ({item.kind}, {ctx.year}): {reason}")


def _need(state: State, mask: np.ndarray, count: int, item: Intervention, ctx: YearContext, what: str) -> None:
    have = state.available(mask)
    if count > have:
        gone = np.unique(state.removed_by[mask & (state.removed_by >= 0)])
        note = f"; some were demolished earlier by intervention #{', #'.join(str(g + 1) for g in gone)}" if len(gone) else ""
        raise _fail(item, ctx, f"{count} units to {what}, but the selection ({item.selection.describe()}) holds {have}{note}")


def apply(item: Intervention, index: int, state: State, ctx: YearContext) -> Effect:
    """Apply one intervention in ctx.year."""
    result = _HANDLERS[type(item)](item, index, state, ctx)
    if isinstance(result, Effect):
        return result
    return Effect(np.asarray(result, dtype=np.int64), NOTHING)


def _in_mix(state: State) -> np.ndarray:
    return state.care != INTRAMURAL


def _sell(item: Sell, index: int, state: State, ctx: YearContext) -> np.ndarray:
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor) & (state.owner != OWNED) & _in_mix(state)
    count = item.units if item.units is not None else round(item.share * state.available(mask))
    if count == 0:
        return NOTHING
    _need(state, mask, count, item, ctx, "sell")
    idx = state.carve(mask, count)
    if item.price is not None:
        woz_base = np.full(len(idx), item.price / ctx.woz_factor)
    else:
        woz_base = state.woz[idx] * (1 - item.discount)
        if np.isnan(woz_base).any():
            missing = int(state.units[idx][np.isnan(woz_base)].sum())
            raise _fail(item, ctx, f"{missing} of the units to sell have no WOZ value; give a sale price")
    state.owner[idx] = OWNED
    state.woz[idx] = woz_base
    state.rent[idx] = np.nan
    state.points[idx] = np.nan
    state.override[idx] = -1
    return idx


def _deliver(item, index: int, state: State, ctx: YearContext, area: int, units: int, programme, **attrs) -> np.ndarray:
    """Append new records for `units` units split over the programme by largest remainder."""
    segments = [s for s, _ in programme]
    counts = largest_remainder(units, [share for _, share in programme])
    rents = dict(getattr(item, "rents", ()))
    values = dict(getattr(item, "values", ()))
    owners = {**DEFAULT_OWNER, **dict(getattr(item, "owners", ()))}
    made = []
    for segment, n in zip(segments, counts):
        if n == 0:
            continue
        rent, points, value = default_prices(segment, ctx.thresholds)
        rent = rents.get(segment, rent)
        value = values.get(segment, value)
        made.append(state.append(
            ids=np.array([f"{item.title()} {ctx.year} {segment}"], dtype=object), units=np.array([n]),
            area=area, owner=OWNERS.index(owners[segment]), rent=rent / ctx.rent_factor, points=points,
            woz=value / ctx.woz_factor, care=CARES.index(attrs.get("care_type", CareType.NONE.value)),
            dtype=TYPES.index(attrs["dwelling_type"]), year_built=float(ctx.year), origin=index,
            floor_area=float(getattr(item, "floor_area", np.nan)),
        ))
    return np.concatenate(made) if made else NOTHING


def _build(item: Build, index: int, state: State, ctx: YearContext) -> np.ndarray:
    try:
        area = ctx.areas.position(item.buurt_code)
    except KeyError:
        raise _fail(item, ctx, f"buurt {item.buurt_code} is not in the plan") from None
    done = ctx.memory.get(index, 0)
    through = sum(u for y, u in item.schedule if y <= ctx.year)
    units = round(through * item.realisation_rate + 1e-9) - done
    ctx.memory[index] = done + units
    if units <= 0:
        return NOTHING
    created = _deliver(item, index, state, ctx, area, units, item.programme,
                       dwelling_type=item.dwelling_type, care_type=item.care_type)
    if item.plot_wkt:
        import shapely

        point = shapely.point_on_surface(shapely.from_wkt(item.plot_wkt))
        state.x[created], state.y[created] = point.x, point.y
    return Effect(created, created)


def _demolish_units(item, index: int, state: State, ctx: YearContext) -> np.ndarray:
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor)
    count = item.units if item.units is not None else state.available(mask)
    if count == 0:
        gone = np.unique(state.removed_by[mask & (state.removed_by >= 0)])
        note = f": already demolished by intervention #{', #'.join(str(g + 1) for g in gone)}" if len(gone) else ""
        raise _fail(item, ctx, f"the selection ({item.selection.describe()}) holds no units to demolish{note}")
    _need(state, mask, count, item, ctx, "demolish")
    idx = state.carve(mask, count)
    per_area = np.bincount(state.area[idx], weights=state.units[idx], minlength=len(ctx.areas)).astype(np.int64)
    state.units[idx] = 0
    state.removed_by[idx] = index
    return per_area, idx


def _demolish(item: Demolish, index: int, state: State, ctx: YearContext) -> np.ndarray:
    return _demolish_units(item, index, state, ctx)[1]


def _demolish_replace(item: DemolishReplace, index: int, state: State, ctx: YearContext) -> Effect:
    changed, delivered = [NOTHING], [NOTHING]
    if ctx.year == item.year:
        per_area, idx = _demolish_units(item, index, state, ctx)
        ctx.memory[index] = per_area
        changed.append(idx)
    if ctx.year == item.year + item.gap_years:
        per_area = ctx.memory[index]
        for area in np.flatnonzero(per_area):
            units = round(per_area[area] * item.ratio + 1e-9)
            if units:
                delivered.append(_deliver(item, index, state, ctx, int(area), units, item.programme,
                                          dwelling_type=item.dwelling_type))
    delivered = np.concatenate(delivered)
    return Effect(np.concatenate([*changed, delivered]), delivered)


def _convert_care(item: ConvertCare, index: int, state: State, ctx: YearContext) -> np.ndarray:
    target = CARES.index(item.care_type)
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor) & (state.care != target) & _in_mix(state)
    _need(state, mask, item.units, item, ctx, f"convert to {item.care_type}")
    idx = state.carve(mask, item.units)
    state.care[idx] = target
    return idx


def _turnover(item: Turnover, index: int, state: State, ctx: YearContext) -> np.ndarray:
    target = SEGMENTS.index(item.to_segment)
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor) & (state.owner != OWNED) & (state.segment != target) & _in_mix(state)
    live = mask & (state.units > 0)
    rates = np.array([ctx.assumptions.turnover_rate(o) for o in OWNERS])
    expected = float((state.units[live] * rates[state.owner[live]]).sum()) * item.relet_share
    carried, done = ctx.memory.get(index, (0.0, 0))
    total = carried + expected
    count = int(math.floor(total + 1e-9))
    if item.cap is not None:
        count = min(count, item.cap - done)
    count = min(count, state.available(mask))
    ctx.memory[index] = (total - count, done + count)
    if count <= 0:
        return NOTHING
    idx = state.carve(mask, count)
    rent, points, _ = default_prices(item.to_segment, ctx.thresholds)
    state.rent[idx] = (item.rent if item.rent is not None else rent) / ctx.rent_factor
    state.points[idx] = np.where(np.isnan(state.points[idx]), points, state.points[idx])
    state.override[idx] = target
    return idx


def _acquire(item: Acquire, index: int, state: State, ctx: YearContext) -> np.ndarray:
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor) & (state.owner == PRIVATE) & _in_mix(state)
    _need(state, mask, item.units, item, ctx, "acquire from private landlords")
    idx = state.carve(mask, item.units)
    rent = item.rent if item.rent is not None else default_prices(Segment.SOCIAL_RENT.value, ctx.thresholds)[0]
    state.owner[idx] = CORP
    state.rent[idx] = rent / ctx.rent_factor
    state.override[idx] = -1
    return idx


def _relabel(item: Relabel, index: int, state: State, ctx: YearContext) -> np.ndarray:
    mask = state.select(item.selection, ctx.areas, ctx.rent_factor, ctx.woz_factor) & (state.units > 0)
    if not mask.any():
        raise _fail(item, ctx, f"the selection ({item.selection.describe()}) holds no units")
    if item.owner is not None:
        state.owner[mask] = OWNERS.index(item.owner)
    if item.segment is not None:
        state.override[mask] = SEGMENTS.index(item.segment)
    return np.flatnonzero(mask)


_HANDLERS = {
    Sell: _sell, Build: _build, Demolish: _demolish, DemolishReplace: _demolish_replace,
    ConvertCare: _convert_care, Turnover: _turnover, Acquire: _acquire, Relabel: _relabel,
}
